package cn.gov.zj.cloud.domain.rules;

import cn.gov.zj.cloud.domain.calendar.WorkingDays;
import cn.gov.zj.cloud.domain.validation.Violations;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A rule set as a form or a JSON body gives it: limits by step name ({@code {"ACCEPTANCE": 2}}) and
 * the trial bounds; null where absent or of the wrong type. Errors name {@code limits.<STEP>},
 * {@code trial.min} and {@code trial.max}.
 */
public record RulesDraft(Map<String, Integer> limits, Integer trialMin, Integer trialMax) {

  public static final String TRIAL_MIN = "trial.min";
  public static final String TRIAL_MAX = "trial.max";

  public RulesDraft {
    limits = Collections.unmodifiableMap(new LinkedHashMap<>(limits == null ? Map.of() : limits));
  }

  /** The draft a form starts from: the rules in force, to be edited. */
  public static RulesDraft of(DeadlineRules rules) {
    Map<String, Integer> days = new LinkedHashMap<>();
    rules.limitDays().forEach((step, value) -> days.put(step.name(), value));
    return new RulesDraft(days, rules.trial().minDays(), rules.trial().maxDays());
  }

  /**
   * Art. 8–12, Art. 25: province-admin's defaults. Each limit 1 to 60 working days; trial bounds 1
   * to 90 days with min ≤ max, and the minimum never below the 15 days of Art. 9, so that a unit
   * always has the time Art. 9 gives it for its functional, performance and security tests. Null
   * when anything is wrong, every fault named in {@code violations}.
   */
  public DeadlineRules toProvincial(Violations violations) {
    Map<StatutoryStep, WorkingDays> checked = checkedLimits(null, violations);
    Integer min = bound(TRIAL_MIN, trialMin, violations);
    Integer max = bound(TRIAL_MAX, trialMax, violations);
    int floor = TrialBounds.STATUTORY.minDays();
    if (min != null && min < floor) {
      violations.addOnce(TRIAL_MIN, "rules.trial.belowStatutoryFloor", floor);
    }
    return build(checked, min, max, violations);
  }

  /**
   * Art. 25: a tenant's local rules may be stricter than the provincial defaults in force, never
   * looser: no limit longer than the province's, and a trial window inside the province's (a city
   * may narrow it from either end, not widen it), so that whatever meets the local rule meets the
   * provincial one too. Null when anything is wrong, every fault named in {@code violations}.
   */
  public DeadlineRules toLocal(DeadlineRules provincial, Violations violations) {
    Map<StatutoryStep, WorkingDays> checked = checkedLimits(provincial, violations);
    Integer min = bound(TRIAL_MIN, trialMin, violations);
    Integer max = bound(TRIAL_MAX, trialMax, violations);
    TrialBounds window = provincial.trial();
    if (min != null && min < window.minDays()) {
      violations.addOnce(TRIAL_MIN, "rules.trial.min.belowProvincial", window.minDays());
    }
    if (max != null && max > window.maxDays()) {
      violations.addOnce(TRIAL_MAX, "rules.trial.max.aboveProvincial", window.maxDays());
    }
    return build(checked, min, max, violations);
  }

  /**
   * Each limit in step order; no longer than the provincial one when {@code provincial} is given.
   */
  private Map<StatutoryStep, WorkingDays> checkedLimits(
      DeadlineRules provincial, Violations violations) {
    Map<StatutoryStep, WorkingDays> checked = new EnumMap<>(StatutoryStep.class);
    for (StatutoryStep step : StatutoryStep.values()) {
      Integer days = limits.get(step.name());
      if (days == null) {
        violations.addOnce(step.field(), "validation.required");
      } else if (days < DeadlineRules.MIN_LIMIT || days > WorkingDays.MAX) {
        violations.addOnce(
            step.field(), "validation.outOfRange", DeadlineRules.MIN_LIMIT, WorkingDays.MAX);
      } else if (provincial != null && days > provincial.limit(step).value()) {
        violations.addOnce(
            step.field(), "rules.limit.longerThanProvincial", provincial.limit(step).value());
      } else {
        checked.put(step, WorkingDays.of(days));
      }
    }
    for (String name : limits.keySet()) {
      if (!isStep(name)) {
        violations.addOnce("limits." + name, "validation.unknownField");
      }
    }
    return checked;
  }

  private static boolean isStep(String name) {
    for (StatutoryStep step : StatutoryStep.values()) {
      if (step.name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  private static Integer bound(String field, Integer days, Violations violations) {
    if (days == null) {
      violations.addOnce(field, "validation.required");
      return null;
    }
    if (!TrialBounds.isValid(days)) {
      violations.addOnce(field, "validation.outOfRange", TrialBounds.MIN, TrialBounds.MAX);
      return null;
    }
    return days;
  }

  private static DeadlineRules build(
      Map<StatutoryStep, WorkingDays> checked, Integer min, Integer max, Violations violations) {
    if (min != null && max != null && min > max) {
      violations.addOnce(TRIAL_MAX, "rules.trial.maxBelowMin", min);
    }
    if (!violations.isEmpty()) {
      return null;
    }
    return new DeadlineRules(checked, new TrialBounds(min, max));
  }
}
