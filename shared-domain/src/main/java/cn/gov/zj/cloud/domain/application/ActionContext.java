package cn.gov.zj.cloud.domain.application;

import cn.gov.zj.cloud.domain.registry.MlpsLevel;
import java.util.Objects;

/**
 * What an action is judged against: the system's MLPS level (Art. 9, 18), the resources approved or
 * allocated so far (Art. 10, 11; null before approval), the rules in force in the tenant (Art. 25),
 * and the actor's input.
 */
public record ActionContext(
    MlpsLevel mlpsLevel,
    ResourcePlan allocated,
    StepDeadlines deadlines,
    TrialLimits trialLimits,
    ActionInput input) {

  public ActionContext {
    Objects.requireNonNull(mlpsLevel, "mlpsLevel");
    Objects.requireNonNull(deadlines, "deadlines");
    Objects.requireNonNull(trialLimits, "trialLimits");
    input = Objects.requireNonNullElse(input, ActionInput.NONE);
  }

  /** Statutory rules, nothing allocated yet. */
  public static ActionContext of(MlpsLevel mlpsLevel, ActionInput input) {
    return new ActionContext(
        mlpsLevel, null, StepDeadlines.statutory(), TrialLimits.STATUTORY, input);
  }

  public ActionContext withAllocated(ResourcePlan plan) {
    return new ActionContext(mlpsLevel, plan, deadlines, trialLimits, input);
  }

  /** Art. 25: the tenant's local rules. */
  public ActionContext withRules(StepDeadlines localDeadlines, TrialLimits localTrial) {
    return new ActionContext(mlpsLevel, allocated, localDeadlines, localTrial, input);
  }

  public ActionContext withInput(ActionInput next) {
    return new ActionContext(mlpsLevel, allocated, deadlines, trialLimits, next);
  }
}
