package cn.gov.zj.cloud.domain.rules;

import cn.gov.zj.cloud.domain.validation.Violations;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Art. 25: the rule sets of one keeper (the province, or one tenant) in the order they took effect,
 * numbered 1, 2, 3…; never rewritten, only appended to, so that the history of every application
 * can still show the rule that governed each of its steps.
 */
public record RuleHistory(List<RuleVersion> versions) {

  public static final String EFFECTIVE_FROM = "effectiveFrom";

  public RuleHistory {
    versions = List.copyOf(versions);
    for (int i = 0; i < versions.size(); i++) {
      RuleVersion version = versions.get(i);
      if (version.number() != i + 1) {
        throw new IllegalArgumentException("versions are numbered 1, 2, 3… in order");
      }
      if (i > 0 && !version.effectiveFrom().isAfter(versions.get(i - 1).effectiveFrom())) {
        throw new IllegalArgumentException("each version takes effect after the one before");
      }
    }
  }

  public static RuleHistory empty() {
    return new RuleHistory(List.of());
  }

  public Optional<RuleVersion> latest() {
    return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
  }

  /** Art. 25: the version that governs a step started at that instant, if any had taken effect. */
  public Optional<RuleVersion> inForceFor(Instant stepStart) {
    for (int i = versions.size() - 1; i >= 0; i--) {
      if (versions.get(i).governsStepStartedAt(stepStart)) {
        return Optional.of(versions.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * Art. 25: a change takes effect now or later, never in the past (steps already started keep
   * their rule), and after the latest version.
   */
  public void checkEffectiveFrom(Instant effectiveFrom, Instant now, Violations violations) {
    if (effectiveFrom == null) {
      violations.addOnce(EFFECTIVE_FROM, "validation.required");
    } else if (effectiveFrom.isBefore(now)) {
      violations.addOnce(EFFECTIVE_FROM, "rules.effectiveFrom.past");
    } else {
      latest()
          .filter(last -> !effectiveFrom.isAfter(last.effectiveFrom()))
          .ifPresent(
              last ->
                  violations.addOnce(
                      EFFECTIVE_FROM,
                      "rules.effectiveFrom.notAfterLatest",
                      last.effectiveFrom().toString()));
    }
  }

  /** The history with one more version; check the instant first with the method above. */
  public RuleHistory append(DeadlineRules rules, Instant effectiveFrom) {
    List<RuleVersion> longer = new ArrayList<>(versions);
    longer.add(new RuleVersion(versions.size() + 1, effectiveFrom, rules));
    return new RuleHistory(longer);
  }
}
