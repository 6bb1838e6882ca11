package cn.gov.zj.cloud.privateportal.services.web;

import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.services.ServiceAction;
import cn.gov.zj.cloud.domain.services.ServiceFlow;
import cn.gov.zj.cloud.privateportal.security.AccessDenied;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import cn.gov.zj.cloud.privateportal.services.ServiceItem;
import cn.gov.zj.cloud.privateportal.services.ServiceRequests;
import cn.gov.zj.cloud.privateportal.tenant.NotFound;
import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import cn.gov.zj.cloud.privateportal.web.PortalPage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;

/**
 * Art. 14: one service request with its history; the provider answers it while open, the unit
 * confirms and closes it once answered, each with its text.
 */
@Named
@ViewScoped
public class ServiceRequestPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ServiceRequests requests;
  @Inject private CurrentActor actor;
  @Inject private PortalPage page;
  @Inject private Clock clock;

  private Long id;
  private ServiceItem item;
  private List<ServiceItem.Event> history;
  private String text;

  /** Loads the request; 404 for one the actor does not see. */
  public void load() {
    try {
      item = id == null ? null : requests.get(id);
      history = item == null ? List.of() : requests.history(id);
    } catch (NotFound | AccessDenied e) {
      item = null;
    }
    if (item == null) {
      FacesFeedback.sendError(404);
    }
  }

  /** The action the actor may take now, if any (answer or close). */
  public ServiceAction getNextAction() {
    if (item == null) {
      return null;
    }
    var roles =
        actor.get().roles().stream()
            .filter(actor.get()::has)
            .collect(java.util.stream.Collectors.toSet());
    return ServiceFlow.allowedNow(item.state()).stream()
        .filter(action -> action.roles().stream().anyMatch(roles::contains))
        .findFirst()
        .orElse(null);
  }

  public void act() {
    ServiceAction action = getNextAction();
    if (action == null) {
      return;
    }
    FacesFeedback.attempt(
        "action-form",
        () -> {
          try {
            requests.act(id, action.restName(), text);
            FacesFeedback.redirectWith(
                "services.request.done", page.path("service-request") + "?id=" + id);
          } catch (cn.gov.zj.cloud.domain.validation.InvalidInputException e) {
            FacesFeedback.invalid(e, field -> "action-form:text");
          }
        });
  }

  public boolean isOverdue() {
    return item != null && item.overdueAt(clock.instant());
  }

  public boolean isUnitStaff() {
    return actor.get().hasAny(Role.UNIT_APPLICANT, Role.UNIT_SECURITY_OFFICER);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public ServiceItem getItem() {
    return item;
  }

  public List<ServiceItem.Event> getHistory() {
    return history;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
