package cn.gov.zj.cloud.privateportal.registry.web;

import cn.gov.zj.cloud.privateportal.registry.Units;
import cn.gov.zj.cloud.privateportal.registry.UsingUnit;
import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import cn.gov.zj.cloud.privateportal.web.PagedModel;
import cn.gov.zj.cloud.privateportal.web.SheetDownload;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.StreamedContent;

/** Art. 3, Art. 4: the list of the tenant's using units. */
@Named
@ViewScoped
public class UnitList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Units units;

  private PagedModel<UsingUnit> model;

  @PostConstruct
  void init() {
    Units service = units;
    model = new PagedModel<>(service::list, Units.sortFields(), "name", UsingUnit::getId);
  }

  public PagedModel<UsingUnit> getModel() {
    return model;
  }

  /** Art. 3: every unit of the list, as searched on the page, as an XLSX file. */
  public StreamedContent getExport() {
    return SheetDownload.of("units.xlsx", RegistrySheets.units(model.all(), FacesFeedback::text));
  }
}
