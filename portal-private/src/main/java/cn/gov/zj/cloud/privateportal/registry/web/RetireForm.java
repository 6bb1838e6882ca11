package cn.gov.zj.cloud.privateportal.registry.web;

import cn.gov.zj.cloud.privateportal.registry.Systems;
import cn.gov.zj.cloud.privateportal.registry.Units;
import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import cn.gov.zj.cloud.privateportal.web.PortalPage;
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

  private Long id;
  private String reason;

  public void retireUnit() {
    retire(() -> units.retire(id, reason), "unit?id=" + id);
  }

  public void retireSystem() {
    retire(() -> systems.retire(id, reason), "system?id=" + id);
  }

  private void retire(Runnable retirement, String then) {
    RegistryFeedback.attempt(
        "retire-form",
        () -> {
          retirement.run();
          FacesFeedback.redirectWith("registry.retired", page.path(then));
        });
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
