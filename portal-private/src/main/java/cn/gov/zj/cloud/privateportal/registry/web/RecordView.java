package cn.gov.zj.cloud.privateportal.registry.web;

import cn.gov.zj.cloud.domain.application.ApplicationState;
import cn.gov.zj.cloud.privateportal.registry.AppSystem;
import cn.gov.zj.cloud.privateportal.registry.SystemApplication;
import cn.gov.zj.cloud.privateportal.registry.Systems;
import cn.gov.zj.cloud.privateportal.registry.Units;
import cn.gov.zj.cloud.privateportal.registry.UsingUnit;
import cn.gov.zj.cloud.privateportal.security.AccessDenied;
import cn.gov.zj.cloud.privateportal.tenant.NotFound;
import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The read-only pages of one unit or one system; what the actor may not see is a 404. */
@Named
@RequestScoped
public class RecordView {

  @Inject private Units units;
  @Inject private Systems systems;

  private Long id;
  private UsingUnit unit;
  private AppSystem system;
  private List<SystemApplication> applications;

  public void loadUnit() {
    try {
      unit = id == null ? null : units.get(id);
    } catch (NotFound | AccessDenied e) {
      unit = null;
    }
    if (unit == null) {
      FacesFeedback.sendError(404);
    }
  }

  public void loadSystem() {
    if (getSystem() == null) {
      FacesFeedback.sendError(404);
    }
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public UsingUnit getUnit() {
    return unit;
  }

  /**
   * The system of the page; read when first asked for, so that a form's postback (where the page's
   * actions do not run) shows it too once the view's {@code id} is back.
   */
  public AppSystem getSystem() {
    if (system == null && id != null) {
      try {
        system = systems.get(id);
      } catch (NotFound | AccessDenied e) {
        system = null;
      }
    }
    return system;
  }

  /** Art. 6–12: the system's applications, newest first. */
  public List<SystemApplication> getApplications() {
    if (getSystem() == null) {
      return List.of();
    }
    if (applications == null) {
      applications = systems.applications(system.getId());
    }
    return applications;
  }

  /**
   * Art. 3, Art. 7: "申请上云" is offered for a system that is not retired and has no open application
   * (the one open application is linked from the list instead). False on a form's postback, where
   * the record is not read again (a form of the page posts back to it).
   */
  public boolean isApplicable() {
    return getSystem() != null
        && !system.isRetired()
        && getApplications().stream()
            .allMatch(
                application ->
                    application.state() == ApplicationState.DENIED
                        || application.state() == ApplicationState.TERMINATED);
  }

  /** The name of the system's unit, for display. */
  public String getSystemUnitName() {
    try {
      return getSystem() == null ? "" : units.get(system.getUnitId()).getName();
    } catch (NotFound | AccessDenied e) {
      return String.valueOf(system.getUnitId());
    }
  }
}
