package cn.gov.zj.cloud.privateportal.application.web;

import cn.gov.zj.cloud.domain.application.Action;
import cn.gov.zj.cloud.domain.application.ActionInput;
import cn.gov.zj.cloud.domain.application.ApplicationState;
import cn.gov.zj.cloud.domain.application.Lifecycle;
import cn.gov.zj.cloud.domain.application.Outcome;
import cn.gov.zj.cloud.domain.registry.MlpsLevel;
import cn.gov.zj.cloud.privateportal.application.ApplicationActions;
import cn.gov.zj.cloud.privateportal.application.CloudApplication;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import cn.gov.zj.cloud.privateportal.web.PortalPage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Art. 6–12: one lifecycle action on an application, decided beside the materials to check: the
 * fields the action takes, a confirmation, then the application's page. A viewer who may not fire
 * it now is told why (the role it needs, or the state and what is allowed now).
 */
@Named
@ViewScoped
public class ActionPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "action-form";

  @Inject private ApplicationView view;
  @Inject private ApplicationActions actions;
  @Inject private CurrentActor actor;
  @Inject private PortalPage page;

  private String name;
  private Action action;
  private String refusal;

  private String opinion;
  private Integer trialDays;
  private String environment;
  private Integer extensionDays;
  private String thirdPartyBody;
  private String thirdPartyNo;
  private ResourceLines lines = new ResourceLines();
  private Integer mlpsLevel;
  private boolean architectureChange;
  private boolean systemOffline;
  private boolean dataMigrated;
  private boolean dataBackedUp;

  public void load() {
    action = name == null ? null : Action.ofName(name).orElse(null);
    if (action == null) {
      FacesFeedback.sendError(404);
      return;
    }
    if (!view.load()) {
      return;
    }
    ApplicationState state = view.getApplication().getState();
    if (!actor.get().has(action.role())) {
      refusal = refusalOf(Outcome.Reason.WRONG_ROLE, state);
    } else if (!action.isAllowedFrom(state)) {
      refusal = refusalOf(Outcome.Reason.NOT_ALLOWED_NOW, state);
    }
    if (action == Action.REQUEST_CHANGE) {
      lines = ResourceLines.of(view.currentPlan());
    }
  }

  private String refusalOf(Outcome.Reason reason, ApplicationState state) {
    return ApplicationFeedback.refusal(
        new Outcome.Refusal(reason, state, action, action.role(), Lifecycle.allowedNow(state)));
  }

  /** Art. 6–12: fires the action; on success back to the application with a message. */
  public void fire() {
    long id = view.getId();
    ApplicationFeedback.attempt(
        FORM,
        () -> {
          CloudApplication done = actions.fire(id, action.restName(), input());
          FacesFeedback.redirectWith(
              "application.done." + action.restName(),
              page.path("application?id=" + id),
              nextDate(done));
        });
    view.refresh();
  }

  /**
   * Issue 11: the date the success message names: the next step's deadline, else the end of the
   * trial (Art. 9), as {@code yyyy-MM-dd}; empty when neither applies.
   */
  private static String nextDate(CloudApplication done) {
    LocalDate date = done.getDueDate() != null ? done.getDueDate() : done.getTrialEnds();
    return date == null ? "" : date.toString();
  }

  private ActionInput input() {
    ActionInput.Builder input = ActionInput.builder().opinion(opinion);
    switch (action) {
      case PROVIDE_TRIAL -> input.trial(trialDays, environment);
      case REQUEST_EXTENSION, GRANT_EXTENSION -> input.extensionDays(extensionDays);
      case SUBMIT_TEST_RESULTS -> thirdParty(input);
      case REQUEST_CHANGE -> {
        input.resources(lines.drafts()).mlpsLevel(mlpsLevel).architectureChange(architectureChange);
        thirdParty(input);
        if (lines.elastic() != null) {
          input.elastic(lines.elastic().min(), lines.elastic().max());
        }
      }
      case REQUEST_TERMINATION -> input.confirmations(systemOffline, dataMigrated, dataBackedUp);
      default -> {
        // the opinion is all the others take here
      }
    }
    return input.build();
  }

  /** Art. 9, 11: the CNAS-accredited body, when the unit names one. */
  private void thirdParty(ActionInput.Builder input) {
    if (thirdPartyBody != null || thirdPartyNo != null) {
      input.thirdParty(thirdPartyBody, thirdPartyNo);
    }
  }

  public void addLine() {
    lines.add();
  }

  public void removeLine(int index) {
    lines.remove(index);
  }

  /** Which inputs the action takes, by name: {@code trial}, {@code extension}, … */
  public boolean takes(String input) {
    if (action == null) {
      return false;
    }
    return switch (input) {
      case "trial" -> action == Action.PROVIDE_TRIAL;
      case "extension" -> action == Action.REQUEST_EXTENSION || action == Action.GRANT_EXTENSION;
      case "thirdParty" -> action == Action.SUBMIT_TEST_RESULTS || action == Action.REQUEST_CHANGE;
      case "change" -> action == Action.REQUEST_CHANGE;
      case "termination" -> action == Action.REQUEST_TERMINATION;
      default -> false;
    };
  }

  /** Art. 18: the MLPS levels 1 to 5 for a change of level. */
  public List<Integer> getLevels() {
    return IntStream.rangeClosed(MlpsLevel.MIN, MlpsLevel.MAX).boxed().toList();
  }

  public Action getAction() {
    return action;
  }

  /** Why the viewer may not fire the action now; null when they may. */
  public String getRefusal() {
    return refusal;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getOpinion() {
    return opinion;
  }

  public void setOpinion(String opinion) {
    this.opinion = opinion;
  }

  public Integer getTrialDays() {
    return trialDays;
  }

  public void setTrialDays(Integer trialDays) {
    this.trialDays = trialDays;
  }

  public String getEnvironment() {
    return environment;
  }

  public void setEnvironment(String environment) {
    this.environment = environment;
  }

  public Integer getExtensionDays() {
    return extensionDays;
  }

  public void setExtensionDays(Integer extensionDays) {
    this.extensionDays = extensionDays;
  }

  public String getThirdPartyBody() {
    return thirdPartyBody;
  }

  public void setThirdPartyBody(String thirdPartyBody) {
    this.thirdPartyBody = thirdPartyBody;
  }

  public String getThirdPartyNo() {
    return thirdPartyNo;
  }

  public void setThirdPartyNo(String thirdPartyNo) {
    this.thirdPartyNo = thirdPartyNo;
  }

  public ResourceLines getLines() {
    return lines;
  }

  public Integer getMlpsLevel() {
    return mlpsLevel;
  }

  public void setMlpsLevel(Integer mlpsLevel) {
    this.mlpsLevel = mlpsLevel;
  }

  public boolean isArchitectureChange() {
    return architectureChange;
  }

  public void setArchitectureChange(boolean architectureChange) {
    this.architectureChange = architectureChange;
  }

  public boolean isSystemOffline() {
    return systemOffline;
  }

  public void setSystemOffline(boolean systemOffline) {
    this.systemOffline = systemOffline;
  }

  public boolean isDataMigrated() {
    return dataMigrated;
  }

  public void setDataMigrated(boolean dataMigrated) {
    this.dataMigrated = dataMigrated;
  }

  public boolean isDataBackedUp() {
    return dataBackedUp;
  }

  public void setDataBackedUp(boolean dataBackedUp) {
    this.dataBackedUp = dataBackedUp;
  }
}
