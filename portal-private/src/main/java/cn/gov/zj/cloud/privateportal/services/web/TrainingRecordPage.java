package cn.gov.zj.cloud.privateportal.services.web;

import cn.gov.zj.cloud.privateportal.paging.PageRequest;
import cn.gov.zj.cloud.privateportal.registry.Units;
import cn.gov.zj.cloud.privateportal.registry.UsingUnit;
import cn.gov.zj.cloud.privateportal.services.TrainingSession;
import cn.gov.zj.cloud.privateportal.services.Trainings;
import cn.gov.zj.cloud.privateportal.web.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * Art. 14: a unit's training record, the sessions each of its people registered for and whether
 * they attended; unit staff see their own unit's, the provider, the department and the tenant's
 * administrator choose the unit.
 */
@Named
@ViewScoped
public class TrainingRecordPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Trainings trainings;
  @Inject private Units units;
  @Inject private ServicesMenu menu;

  private PagedModel<TrainingSession.RecordLine> model;
  private Long unitId;
  private List<UsingUnit> unitChoices;

  @PostConstruct
  void init() {
    TrainingRecordPage self = this;
    model =
        new PagedModel<>(
            request ->
                self.unitId == null && !self.menu.isUnitStaff()
                    ? new cn.gov.zj.cloud.privateportal.paging.Page<>(
                        List.of(), request.page(), request.size(), 0)
                    : self.trainings.record(self.unitId, request),
            Set.of("startsAt"),
            "startsAt",
            line -> line.sessionId() + ":" + line.username());
  }

  public PagedModel<TrainingSession.RecordLine> getModel() {
    return model;
  }

  /** The units to choose from (tenant-wide roles). */
  public List<UsingUnit> getUnits() {
    if (unitChoices == null) {
      unitChoices =
          units.list(new PageRequest(0, PageRequest.MAX_SIZE, "name", false, null)).items();
    }
    return unitChoices;
  }

  public Long getUnitId() {
    return unitId;
  }

  public void setUnitId(Long unitId) {
    this.unitId = unitId;
  }
}
