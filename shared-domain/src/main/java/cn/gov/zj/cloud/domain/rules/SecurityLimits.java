package cn.gov.zj.cloud.domain.rules;

import cn.gov.zj.cloud.domain.access.WindowRule;
import cn.gov.zj.cloud.domain.inspection.FindingSeverity;
import cn.gov.zj.cloud.domain.inspection.RectificationDeadlines;
import cn.gov.zj.cloud.domain.validation.Violations;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Art. 17, 20, Art. 25: a tenant's security limits: the rectification deadline of each finding
 * severity in working days (provincial defaults 5, 10, 20) and the longest window of a provider's
 * access grant in days (provincial default 7). A local rule shortens a default, never lengthens it.
 * Fields: {@code deadlines.HIGH}, {@code deadlines.MEDIUM}, {@code deadlines.LOW}, {@code
 * grant.maxDays}; a field left out keeps the provincial default.
 */
public record SecurityLimits(RectificationDeadlines deadlines, int grantMaxDays) {

  /** Art. 20: a grant lasts at most 7 days in the province. */
  public static final int PROVINCIAL_GRANT_DAYS = 7;

  /** The field of the longest grant window. */
  public static final String GRANT_FIELD = "grant.maxDays";

  private static final String DEADLINE_PREFIX = "deadlines.";

  public SecurityLimits {
    Objects.requireNonNull(deadlines, "deadlines");
    if (grantMaxDays < 1 || grantMaxDays > PROVINCIAL_GRANT_DAYS) {
      throw new IllegalArgumentException("a grant lasts 1 to 7 days");
    }
  }

  /** Art. 17, 20: the provincial defaults. */
  public static SecurityLimits provincial() {
    return new SecurityLimits(RectificationDeadlines.provincialDefaults(), PROVINCIAL_GRANT_DAYS);
  }

  /**
   * Art. 25: a tenant's limits by field. Null when anything is wrong, every fault named in {@code
   * violations}: an unknown field, a value below 1, or one longer than the provincial default.
   */
  public static SecurityLimits local(Map<String, Integer> amounts, Violations violations) {
    Map<FindingSeverity, Integer> days = new LinkedHashMap<>();
    int grant = PROVINCIAL_GRANT_DAYS;
    for (Map.Entry<String, Integer> entry : amounts.entrySet()) {
      String field = entry.getKey();
      Integer most = provincial(field);
      Integer value = entry.getValue();
      if (most == null) {
        violations.addOnce(field, "validation.unknownField");
      } else if (value == null || value < 1) {
        violations.addOnce(field, "validation.outOfRange", 1, most);
      } else if (value > most) {
        violations.addOnce(field, "fault.target.longerThanProvincial", most);
      } else if (field.equals(GRANT_FIELD)) {
        grant = value;
      } else {
        days.put(FindingSeverity.valueOf(field.substring(DEADLINE_PREFIX.length())), value);
      }
    }
    if (!violations.isEmpty()) {
      return null;
    }
    return new SecurityLimits(RectificationDeadlines.local(days, violations), grant);
  }

  /** The provincial default of {@code field}; null for a field these limits do not have. */
  public static Integer provincial(String field) {
    if (GRANT_FIELD.equals(field)) {
      return PROVINCIAL_GRANT_DAYS;
    }
    for (FindingSeverity severity : FindingSeverity.values()) {
      if ((DEADLINE_PREFIX + severity.name()).equals(field)) {
        return severity.provincialDays().value();
      }
    }
    return null;
  }

  /** Art. 20: the grant window these limits allow. */
  public WindowRule grantWindow() {
    return WindowRule.DEFAULT.shortenedTo(Duration.ofDays(grantMaxDays));
  }

  /** Every field with its value in force, in order (the deadlines by severity, then the grant). */
  public Map<String, Integer> inForce() {
    Map<String, Integer> all = new LinkedHashMap<>();
    for (FindingSeverity severity : FindingSeverity.values()) {
      all.put(DEADLINE_PREFIX + severity.name(), deadlines.of(severity).value());
    }
    all.put(GRANT_FIELD, grantMaxDays);
    return all;
  }

  /** The fields that differ from the provincial defaults: what a tenant's local rule stores. */
  public Map<String, Integer> shortened() {
    Map<String, Integer> differ = new LinkedHashMap<>();
    inForce()
        .forEach(
            (field, value) -> {
              if (!value.equals(provincial(field))) {
                differ.put(field, value);
              }
            });
    return differ;
  }
}
