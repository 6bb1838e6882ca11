package cn.gov.zj.cloud.domain.rules;

import cn.gov.zj.cloud.domain.calendar.WorkingDays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Art. 8–12, Art. 25: one complete set of rules, the provincial defaults or a tenant's local rules:
 * the working-day limit of every statutory step, and the trial bounds.
 */
public record DeadlineRules(Map<StatutoryStep, WorkingDays> limits, TrialBounds trial) {

  /** A statutory deadline is at least one working day; {@link WorkingDays#MAX} bounds it above. */
  public static final int MIN_LIMIT = 1;

  public DeadlineRules {
    Objects.requireNonNull(trial, "trial");
    EnumMap<StatutoryStep, WorkingDays> copy = new EnumMap<>(StatutoryStep.class);
    copy.putAll(limits);
    for (StatutoryStep step : StatutoryStep.values()) {
      WorkingDays limit = copy.get(step);
      if (limit == null || limit.value() < MIN_LIMIT) {
        throw new IllegalArgumentException("a limit of at least one working day for " + step);
      }
    }
    limits = Map.copyOf(copy);
  }

  /** Art. 8–12: the statutory values, the provincial defaults until province-admin changes them. */
  public static DeadlineRules provincialDefaults() {
    Map<StatutoryStep, Integer> days = new EnumMap<>(StatutoryStep.class);
    for (StatutoryStep step : StatutoryStep.values()) {
      days.put(step, step.statutoryLimit().value());
    }
    return of(days, TrialBounds.STATUTORY.minDays(), TrialBounds.STATUTORY.maxDays());
  }

  /** Rebuilds a stored set: the flat form a table keeps (step → days, trial min and max). */
  public static DeadlineRules of(Map<StatutoryStep, Integer> days, int trialMin, int trialMax) {
    Map<StatutoryStep, WorkingDays> limits = new EnumMap<>(StatutoryStep.class);
    days.forEach((step, value) -> limits.put(step, WorkingDays.of(value)));
    return new DeadlineRules(limits, new TrialBounds(trialMin, trialMax));
  }

  public WorkingDays limit(StatutoryStep step) {
    return limits.get(step);
  }

  /** The flat form to store, in step order. */
  public Map<StatutoryStep, Integer> limitDays() {
    Map<StatutoryStep, Integer> days = new EnumMap<>(StatutoryStep.class);
    limits.forEach((step, limit) -> days.put(step, limit.value()));
    return days;
  }
}
