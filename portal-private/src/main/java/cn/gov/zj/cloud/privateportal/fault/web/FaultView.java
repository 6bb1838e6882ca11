package cn.gov.zj.cloud.privateportal.fault.web;

import cn.gov.zj.cloud.domain.fault.FaultAction;
import cn.gov.zj.cloud.domain.fault.FaultLifecycle;
import cn.gov.zj.cloud.domain.fault.FaultOutcome;
import cn.gov.zj.cloud.domain.validation.InvalidInputException;
import cn.gov.zj.cloud.privateportal.application.Applications;
import cn.gov.zj.cloud.privateportal.fault.Fault;
import cn.gov.zj.cloud.privateportal.fault.FaultActions;
import cn.gov.zj.cloud.privateportal.fault.FaultEvent;
import cn.gov.zj.cloud.privateportal.fault.FaultRefused;
import cn.gov.zj.cloud.privateportal.fault.Faults;
import cn.gov.zj.cloud.privateportal.security.AccessDenied;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import cn.gov.zj.cloud.privateportal.tenant.NotFound;
import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import cn.gov.zj.cloud.privateportal.web.PortalPage;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Art. 13: one fault with its two clocks (due times in Beijing time, met or overdue), its history,
 * and the actions the viewer may take now, each confirmed before it is fired.
 */
@Named
@ViewScoped
public class FaultView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "actions-form";

  @Inject private Faults faults;
  @Inject private FaultActions actions;
  @Inject private Applications applications;
  @Inject private CurrentActor actor;
  @Inject private PortalPage page;
  @Inject private Clock clock;

  private Long id;
  private Fault fault;
  private String systemName;
  private List<FaultEvent> history = List.of();
  private String text;

  /** Loads the fault; 404 for one the viewer may not see, 403 for a role that sees none. */
  public void load() {
    try {
      fault = id == null ? null : faults.get(id);
    } catch (NotFound e) {
      fault = null;
    } catch (AccessDenied e) {
      FacesFeedback.sendError(403);
      return;
    }
    if (fault == null) {
      FacesFeedback.sendError(404);
      return;
    }
    systemName = applications.systemNames(List.of(fault.getSystemId())).get(fault.getSystemId());
    history = faults.history(id);
  }

  /** Art. 13: fires {@code action} with the text given; the page again, saying what happened. */
  public void fire(String action) {
    FacesFeedback.attempt(
        FORM,
        () -> {
          try {
            Fault done = actions.fire(id, action, text);
            FacesFeedback.redirectWith(
                "faults.fired",
                page.path("fault") + "?id=" + id,
                FacesFeedback.domain("fault.action." + action),
                FacesFeedback.domain(done.getState().nameKey()));
          } catch (InvalidInputException e) {
            FacesFeedback.invalid(e, field -> FORM + ":text");
          } catch (FaultRefused e) {
            refused(e.refusal());
          }
        });
  }

  /** Art. 13: 403 as every page says it; 409 with the state and what is allowed now. */
  private static void refused(FaultOutcome.Refusal refusal) {
    if (refusal.wrongRole()) {
      FacesFeedback.error("message.forbidden");
      return;
    }
    String allowed =
        refusal.allowedNow().stream()
            .map(FaultAction::nameKey)
            .map(FacesFeedback::domain)
            .collect(Collectors.joining(FacesFeedback.text("list.separator")));
    String text =
        FacesFeedback.domain(
            "fault.refusal.notAllowedNow",
            FacesFeedback.domain(refusal.state().nameKey()),
            FacesFeedback.domain(refusal.action().nameKey()),
            allowed.isEmpty() ? "—" : allowed);
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
  }

  /** The actions the viewer may take now: one button each. */
  public List<FaultAction> getActions() {
    return fault == null
        ? List.of()
        : FaultLifecycle.available(fault.getState(), actor.get().roles());
  }

  /** Whether any action the viewer may take now takes a text (resolution, reason, note). */
  public boolean isTakesText() {
    return getActions().stream().anyMatch(action -> action.textField().isPresent());
  }

  /** {@code met}, {@code missed} or {@code open}: the mark of the response clock. */
  public String getResponseMark() {
    return mark(fault.responseMet(now()));
  }

  /** The mark of the resolution clock (the one that runs now, after a reopening). */
  public String getResolutionMark() {
    return mark(fault.resolutionMet(now()));
  }

  private static String mark(Optional<Boolean> met) {
    return met.map(value -> value ? "met" : "missed").orElse("open");
  }

  private Instant now() {
    return clock.instant();
  }

  public boolean isOverdue() {
    return fault != null && fault.isOverdue(now());
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Fault getFault() {
    return fault;
  }

  public String getSystemName() {
    return systemName;
  }

  public List<FaultEvent> getHistory() {
    return history;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
