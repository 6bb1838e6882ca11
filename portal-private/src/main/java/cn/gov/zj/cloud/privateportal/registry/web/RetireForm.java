package cn.gov.zj.cloud.privateportal.registry.web;

import cn.gov.zj.cloud.privateportal.registry.Systems;
import cn.gov.zj.cloud.privateportal.registry.Units;
import cn.gov.zj.cloud.privateportal.rest.Conflict;
import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import cn.gov.zj.cloud.privateportal.web.PortalPage;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Art. 3: retires the unit or the system of the page with a reason, after a confirmation; kept and
 * shown as retired.
 */
@Named
@ViewScoped
public class RetireForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Units units;
  @Inject private Systems systems;
  @Inject private PortalPage page;

  private String reason;

  public void retireUnit(long id) {
    retire(() -> units.retire(id, reason), "unit?id=" + id);
  }

  public void retireSystem(long id) {
    retire(() -> systems.retire(id, reason), "system?id=" + id);
  }

  private void retire(Runnable retirement, String then) {
    try {
      FacesFeedback.attempt(
          "retire-form",
          () -> {
            retirement.run();
            FacesFeedback.redirectWith("registry.retired", page.path(then));
          });
    } catch (Conflict e) {
      String text = FacesFeedback.domain(e.messageKey(), e.arguments().toArray());
      FacesContext.getCurrentInstance()
          .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
