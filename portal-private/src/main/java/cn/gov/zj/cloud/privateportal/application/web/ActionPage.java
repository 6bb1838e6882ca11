package cn.gov.zj.cloud.privateportal.application.web;

import cn.gov.zj.cloud.domain.application.Action;
import cn.gov.zj.cloud.domain.application.ActionInput;
import cn.gov.zj.cloud.domain.application.ApplicationState;
import cn.gov.zj.cloud.domain.application.InputField;
import cn.gov.zj.cloud.domain.application.Lifecycle;
import cn.gov.zj.cloud.domain.application.Outcome;
import cn.gov.zj.cloud.domain.registry.MlpsLevel;
import cn.gov.zj.cloud.privateportal.application.ApplicationActions;
import cn.gov.zj.cloud.privateportal.application.CloudApplication;
import cn.gov.zj.cloud.privateportal.application.MaterialCheck;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import cn.gov.zj.cloud.privateportal.web.PortalPage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
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
    if (takes(InputField.RESOURCES)) {
      lines = ResourceLines.of(view.planBefore(action));
    }
  }

  private String refusalOf(Outcome.Reason reason, ApplicationState state) {
    return ApplicationFeedback.refusal(
        new Outcome.Refusal(reason, state, action, action.role(), Lifecycle.allowedNow(state)));
  }

  /** Art. 6–12: fires the action; on success back to the application, saying what comes next. */
  public void fire() {
    long id = view.getId();
    ApplicationFeedback.attempt(
        FORM,
        () -> {
          CloudApplication done = actions.fire(id, action.restName(), input());
          ApplicationFeedback.firedAndRedirect(action, done, page.path("application?id=" + id));
        });
    view.refresh();
  }

  /** The input of the fields the action's declaration takes; the others stay unsent. */
  private ActionInput input() {
    ActionInput.Builder input = ActionInput.builder().opinion(opinion);
    if (takes(InputField.TRIAL_DAYS)) {
      input.trial(trialDays, environment);
    }
    if (takes(InputField.EXTENSION_DAYS)) {
      input.extensionDays(extensionDays);
    }
    if (takes(InputField.THIRD_PARTY)) {
      thirdParty(input);
    }
    if (takes(InputField.RESOURCES)
        && (action.input().requires(InputField.RESOURCES) || edited())) {
      input.resources(lines.drafts());
      if (lines.elastic() != null) {
        input.elastic(lines.elastic().min(), lines.elastic().max());
      }
    }
    if (takes(InputField.MLPS_LEVEL)) {
      input.mlpsLevel(mlpsLevel).architectureChange(architectureChange);
    }
    if (takes(InputField.SYSTEM_OFFLINE)) {
      input.confirmations(systemOffline, dataMigrated, dataBackedUp);
    }
    return input.build();
  }

  /** Art. 8, 10: optional resource lines are sent only when changed from those shown. */
  private boolean edited() {
    ResourceLines shown = ResourceLines.of(view.planBefore(action));
    return !lines.drafts().equals(shown.drafts())
        || !Objects.equals(lines.elastic(), shown.elastic());
  }

  private boolean takes(InputField field) {
    return action.input().takes(field);
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

  /**
   * Whether the action takes the field of this JSON name ({@code trialDays}, {@code thirdParty},
   * …), as its declaration says: the page shows only those.
   */
  public boolean takes(String field) {
    return action != null && InputField.ofJson(field).map(this::takes).orElse(false);
  }

  /** Whether the field of this JSON name must be given whatever the context. */
  public boolean requires(String field) {
    return action != null && InputField.ofJson(field).map(action.input()::requires).orElse(false);
  }

  /** Art. 7, 9, 11, 12: the action comes with materials: a checklist and uploads are shown. */
  public boolean isTakesMaterials() {
    return action != null && action.input().takesMaterials();
  }

  /** Art. 7, 9, 11, 12: the action's materials, each done or missing. */
  public List<MaterialCheck> getChecklist() {
    return refusal == null && isTakesMaterials() ? view.checklist(action) : List.of();
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
