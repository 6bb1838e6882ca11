package cn.gov.zj.cloud.domain.rules;

import java.time.Instant;
import java.util.Objects;

/**
 * Art. 25: one rule set of a history, numbered from 1 in its history, with the instant it takes
 * effect. It governs the steps that start after that instant, never those already running.
 */
public record RuleVersion(int number, Instant effectiveFrom, DeadlineRules rules) {

  /** Art. 8–12: the statute itself, in force before province-admin's first change. */
  public static final RuleVersion STATUTORY =
      new RuleVersion(0, Instant.EPOCH, DeadlineRules.provincialDefaults());

  public RuleVersion {
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    Objects.requireNonNull(rules, "rules");
    if (number < 0) {
      throw new IllegalArgumentException("a rule version number is 0 or more, was " + number);
    }
  }

  /** Art. 25: a change applies to steps that start after it; a step started at that instant not. */
  public boolean governsStepStartedAt(Instant stepStart) {
    return stepStart.isAfter(effectiveFrom);
  }
}
