package cn.gov.zj.cloud.domain.usage;

import cn.gov.zj.cloud.domain.validation.Violations;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Art. 15, Art. 25: the thresholds of the optimization advice. The provincial defaults govern a
 * tenant that has set none; a tenant's own values (local rules) replace them.
 *
 * @param idleCpuP95Pct a day is idle below this CPU p95 ...
 * @param idleMemPct ... and below this memory use
 * @param idleDaysPct a line is idle when this share of its reported days is idle
 * @param minDays fewer reported days: no data (and no other advice)
 * @param overPct the month's CPU p95 below this: over-provisioned
 * @param underPct the month's CPU p95 above this: under-provisioned
 * @param targetPct the load a suggested size would run at
 */
public record UsageRules(
    int idleCpuP95Pct,
    int idleMemPct,
    int idleDaysPct,
    int minDays,
    int overPct,
    int underPct,
    int targetPct) {

  /** The names of the thresholds, in the record's order (initialised before the defaults). */
  private static final String[] NAMES = {
    "idleCpuP95Pct", "idleMemPct", "idleDaysPct", "minDays", "overPct", "underPct", "targetPct"
  };

  /** Art. 15: the provincial defaults. */
  public static final UsageRules PROVINCIAL = new UsageRules(5, 20, 90, 20, 30, 85, 60);

  public UsageRules {
    Violations violations =
        check(asMap(idleCpuP95Pct, idleMemPct, idleDaysPct, minDays, overPct, underPct, targetPct));
    if (!violations.isEmpty()) {
      throw new IllegalArgumentException("usage thresholds out of order: " + violations.errors());
    }
  }

  /**
   * Art. 25: a tenant's own thresholds from their flat form (names as the record's), or null with
   * every bad value named.
   */
  public static UsageRules local(Map<String, Integer> values, Violations violations) {
    Violations found = check(values);
    found.errors().forEach(e -> violations.add(e.field(), e.messageKey(), e.arguments().toArray()));
    if (!found.isEmpty()) {
      return null;
    }
    return new UsageRules(
        values.get("idleCpuP95Pct"),
        values.get("idleMemPct"),
        values.get("idleDaysPct"),
        values.get("minDays"),
        values.get("overPct"),
        values.get("underPct"),
        values.get("targetPct"));
  }

  /** The flat form, in the record's order. */
  public Map<String, Integer> values() {
    return asMap(idleCpuP95Pct, idleMemPct, idleDaysPct, minDays, overPct, underPct, targetPct);
  }

  private static Map<String, Integer> asMap(int... values) {
    Map<String, Integer> map = new LinkedHashMap<>();
    for (int i = 0; i < NAMES.length; i++) {
      map.put(NAMES[i], values[i]);
    }
    return map;
  }

  /** Each percentage in 1–99, days in 1–31, and idle below over below target below under. */
  private static Violations check(Map<String, Integer> values) {
    Violations violations = new Violations();
    for (String name : NAMES) {
      Integer value = values.get(name);
      int max = name.equals("minDays") ? 31 : 99;
      if (value == null) {
        violations.add(name, "validation.required");
      } else if (value < 1 || value > max) {
        violations.add(name, "usage.rules.range", 1, max);
      }
    }
    if (violations.isEmpty()) {
      order(values, "idleCpuP95Pct", "overPct", violations);
      order(values, "overPct", "targetPct", violations);
      order(values, "targetPct", "underPct", violations);
    }
    return violations;
  }

  private static void order(
      Map<String, Integer> values, String lower, String higher, Violations violations) {
    if (values.get(lower) >= values.get(higher)) {
      violations.add(higher, "usage.rules.order", lower);
    }
  }
}
