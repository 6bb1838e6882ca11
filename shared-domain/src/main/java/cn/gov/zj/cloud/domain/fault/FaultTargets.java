package cn.gov.zj.cloud.domain.fault;

import cn.gov.zj.cloud.domain.validation.Violations;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Art. 13, Art. 25: the response and resolution targets of every severity: the provincial defaults,
 * or a tenant's local targets, which may be shorter than the provincial ones and never longer
 * (whatever meets the local target meets the provincial one too). Each target keeps the unit of its
 * default: a tenant shortens the amount, it does not change how time is counted.
 */
public final class FaultTargets {

  private static final FaultTargets PROVINCIAL = new FaultTargets(Map.of());

  private final Map<String, Target> targets;

  private FaultTargets(Map<String, Integer> amounts) {
    Map<String, Target> all = new LinkedHashMap<>();
    for (Severity severity : Severity.values()) {
      for (FaultClock clock : FaultClock.values()) {
        Target fallback = provincial(severity, clock);
        Integer amount = amounts.get(clock.field(severity));
        all.put(clock.field(severity), amount == null ? fallback : fallback.withAmount(amount));
      }
    }
    this.targets = Map.copyOf(all);
  }

  /** Art. 13: the provincial defaults of {@link Severity}. */
  public static FaultTargets provincial() {
    return PROVINCIAL;
  }

  /**
   * Art. 25: a tenant's targets, by field ({@code {"P3.response": 60}}) in the unit of each
   * default; a field left out keeps the provincial default. Null when anything is wrong, every
   * fault named in {@code violations}: an unknown field, an amount below 1, or one longer than the
   * provincial default.
   */
  public static FaultTargets local(Map<String, Integer> amounts, Violations violations) {
    Objects.requireNonNull(amounts, "amounts");
    Map<String, Integer> checked = new LinkedHashMap<>();
    amounts.forEach(
        (field, amount) -> {
          Target provincial = PROVINCIAL.targets.get(field);
          if (provincial == null) {
            violations.addOnce(field, "validation.unknownField");
          } else if (amount == null || amount < 1) {
            violations.addOnce(field, "validation.outOfRange", 1, provincial.amount());
          } else if (amount > provincial.amount()) {
            violations.addOnce(field, "fault.target.longerThanProvincial", provincial.amount());
          } else {
            checked.put(field, amount);
          }
        });
    return violations.isEmpty() ? new FaultTargets(checked) : null;
  }

  public Target target(Severity severity, FaultClock clock) {
    return targets.get(clock.field(severity));
  }

  public Target response(Severity severity) {
    return target(severity, FaultClock.RESPONSE);
  }

  public Target resolution(Severity severity) {
    return target(severity, FaultClock.RESOLUTION);
  }

  /** The amounts that differ from the provincial defaults: what a tenant's local rule stores. */
  public Map<String, Integer> shortened() {
    Map<String, Integer> amounts = new LinkedHashMap<>();
    for (Severity severity : Severity.values()) {
      for (FaultClock clock : FaultClock.values()) {
        Target own = target(severity, clock);
        if (!own.equals(provincial(severity, clock))) {
          amounts.put(clock.field(severity), own.amount());
        }
      }
    }
    return amounts;
  }

  /** Every target by severity, in order: for pages and JSON. */
  public Map<Severity, Map<FaultClock, Target>> bySeverity() {
    Map<Severity, Map<FaultClock, Target>> all = new EnumMap<>(Severity.class);
    for (Severity severity : Severity.values()) {
      Map<FaultClock, Target> clocks = new EnumMap<>(FaultClock.class);
      for (FaultClock clock : FaultClock.values()) {
        clocks.put(clock, target(severity, clock));
      }
      all.put(severity, clocks);
    }
    return all;
  }

  private static Target provincial(Severity severity, FaultClock clock) {
    return clock == FaultClock.RESPONSE ? severity.defaultResponse() : severity.defaultResolution();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FaultTargets that && targets.equals(that.targets);
  }

  @Override
  public int hashCode() {
    return targets.hashCode();
  }
}
