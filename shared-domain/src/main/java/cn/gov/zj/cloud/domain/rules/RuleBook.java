package cn.gov.zj.cloud.domain.rules;

import cn.gov.zj.cloud.domain.validation.Violations;
import java.time.Instant;
import java.util.Objects;

/**
 * Art. 25: the provincial history and one tenant's local history; answers which rules govern a step
 * started at a given instant, and takes changes from either keeper.
 */
public record RuleBook(RuleHistory provincial, RuleHistory local) {

  public RuleBook {
    Objects.requireNonNull(provincial, "provincial");
    Objects.requireNonNull(local, "local");
  }

  /** Art. 8–12: a tenant with no change yet, anywhere: the statute governs. */
  public static RuleBook statutory() {
    return new RuleBook(RuleHistory.empty(), RuleHistory.empty());
  }

  /** Art. 25: the versions that govern a step started at that instant. */
  public RulesInForce inForceFor(Instant stepStart) {
    return new RulesInForce(
        provincial.inForceFor(stepStart).orElse(RuleVersion.STATUTORY),
        local.inForceFor(stepStart));
  }

  /** Art. 25: the rule to record on a step when it starts. */
  public RuleInForce ruleFor(StatutoryStep step, Instant stepStart) {
    return inForceFor(stepStart).step(step);
  }

  /**
   * Art. 25: province-admin changes the defaults, for steps that start after {@code effectiveFrom}.
   *
   * @throws cn.gov.zj.cloud.domain.validation.InvalidInputException naming every bad field
   */
  public RuleBook changeProvincial(RulesDraft draft, Instant effectiveFrom, Instant now) {
    Violations violations = new Violations();
    provincial.checkEffectiveFrom(effectiveFrom, now, violations);
    DeadlineRules rules = draft.toProvincial(violations);
    violations.throwIfAny();
    return new RuleBook(provincial.append(rules, effectiveFrom), local);
  }

  /**
   * Art. 25: the tenant-admin sets local rules, checked against the provincial defaults that will
   * be in force when they take effect, for steps that start after {@code effectiveFrom}.
   *
   * @throws cn.gov.zj.cloud.domain.validation.InvalidInputException naming every bad field
   */
  public RuleBook changeLocal(RulesDraft draft, Instant effectiveFrom, Instant now) {
    Violations violations = new Violations();
    local.checkEffectiveFrom(effectiveFrom, now, violations);
    Instant firstStep = effectiveFrom == null ? now : effectiveFrom.plusNanos(1);
    DeadlineRules rules = draft.toLocal(inForceFor(firstStep).provincial().rules(), violations);
    violations.throwIfAny();
    return new RuleBook(provincial, local.append(rules, effectiveFrom));
  }
}
