package cn.gov.zj.cloud.domain.rules;

import cn.gov.zj.cloud.domain.calendar.WorkingDays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Art. 25: the provincial and local versions in force for a step started at one instant, and the
 * rule each step gets from them. The stricter one wins: a local limit applies only while it is
 * shorter than the provincial one, so a province that lowers a default below a city's rule lowers
 * the city's limit too.
 */
public record RulesInForce(RuleVersion provincial, Optional<RuleVersion> local) {

  public RulesInForce {
    Objects.requireNonNull(provincial, "provincial");
    Objects.requireNonNull(local, "local");
  }

  /** Art. 8–12, Art. 25: the lower of the provincial and the local limit; a tie is provincial. */
  public RuleInForce step(StatutoryStep step) {
    WorkingDays provincialLimit = provincial.rules().limit(step);
    return local
        .filter(version -> provincialLimit.isLongerThan(version.rules().limit(step)))
        .map(version -> local(step, version))
        .orElseGet(
            () ->
                new RuleInForce(
                    step, provincialLimit, RuleOrigin.of(RuleSource.PROVINCIAL, provincial)));
  }

  /**
   * Art. 9, Art. 25: the local window cut to the provincial one. Where nothing of the local window
   * is left inside the provincial one (the province moved its window past the city's), the
   * provincial window applies until the tenant-admin sets new bounds.
   */
  public TrialInForce trial() {
    TrialBounds window = provincial.rules().trial();
    RuleOrigin provincialOrigin = RuleOrigin.of(RuleSource.PROVINCIAL, provincial);
    if (local.isEmpty()) {
      return new TrialInForce(window, provincialOrigin);
    }
    TrialBounds own = local.get().rules().trial();
    int min = Math.max(own.minDays(), window.minDays());
    int max = Math.min(own.maxDays(), window.maxDays());
    if (min > max || (min == window.minDays() && max == window.maxDays())) {
      return new TrialInForce(window, provincialOrigin);
    }
    return new TrialInForce(
        new TrialBounds(min, max), RuleOrigin.of(RuleSource.LOCAL, local.get()));
  }

  /** The rules a tenant works under, as its pages show them. */
  public DeadlineRules effective() {
    Map<StatutoryStep, WorkingDays> limits = new EnumMap<>(StatutoryStep.class);
    for (StatutoryStep step : StatutoryStep.values()) {
      limits.put(step, step(step).limit());
    }
    return new DeadlineRules(limits, trial().bounds());
  }

  private static RuleInForce local(StatutoryStep step, RuleVersion version) {
    return new RuleInForce(
        step, version.rules().limit(step), RuleOrigin.of(RuleSource.LOCAL, version));
  }
}
