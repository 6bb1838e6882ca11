package cn.gov.zj.cloud.privateportal.registry.web;

import cn.gov.zj.cloud.privateportal.registry.AppSystem;
import cn.gov.zj.cloud.privateportal.registry.Systems;
import cn.gov.zj.cloud.privateportal.registry.Units;
import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import cn.gov.zj.cloud.privateportal.web.PagedModel;
import cn.gov.zj.cloud.privateportal.web.SheetDownload;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.StreamedContent;

/** Art. 3, Art. 18: the systems the actor may see (their unit's, or the tenant's). */
@Named
@ViewScoped
public class SystemList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Systems systems;
  @Inject private Units units;

  private PagedModel<AppSystem> model;
  private boolean mine;

  @PostConstruct
  void init() {
    Systems service = systems;
    SystemList list = this;
    model =
        new PagedModel<>(
            request -> service.list(request, list.mine),
            Systems.SORTABLE.keySet(),
            "name",
            AppSystem::getId);
  }

  /** Art. 18: 我负责的系统, the systems whose officer account is the reader's ({@code ?mine=true}). */
  public boolean isMine() {
    return mine;
  }

  public void setMine(boolean mine) {
    this.mine = mine;
  }

  public PagedModel<AppSystem> getModel() {
    return model;
  }

  /**
   * Art. 3, Art. 18: every system of the list, as searched on the page, as an XLSX file, with its
   * unit's name.
   */
  public StreamedContent getExport() {
    List<AppSystem> all = model.all();
    Map<Long, String> names =
        units.names(all.stream().map(AppSystem::getUnitId).distinct().toList());
    return SheetDownload.of(
        "systems.xlsx",
        RegistrySheets.systems(
            all, id -> names.getOrDefault(id, String.valueOf(id)), FacesFeedback::text));
  }
}
