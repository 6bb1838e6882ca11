package cn.gov.zj.cloud.domain.inspection;

import cn.gov.zj.cloud.domain.calendar.DueDate;
import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.domain.calendar.WorkingDays;
import cn.gov.zj.cloud.domain.validation.Violations;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * Art. 17, Art. 25: the rectification deadline of each severity in working days on the official
 * calendar: the provincial defaults (5, 10, 20) or a tenant's local rule, which may shorten a
 * deadline (to one working day at least) but never lengthen it.
 */
public record RectificationDeadlines(Map<FindingSeverity, WorkingDays> days) {

  public RectificationDeadlines {
    EnumMap<FindingSeverity, WorkingDays> copy = new EnumMap<>(FindingSeverity.class);
    copy.putAll(days);
    for (FindingSeverity severity : FindingSeverity.values()) {
      WorkingDays limit = copy.get(severity);
      if (limit == null || limit.value() < 1 || limit.isLongerThan(severity.provincialDays())) {
        throw new IllegalArgumentException("1 to the provincial days for " + severity);
      }
    }
    days = Map.copyOf(copy);
  }

  /** Art. 17: the provincial defaults. */
  public static RectificationDeadlines provincialDefaults() {
    Map<FindingSeverity, WorkingDays> days = new EnumMap<>(FindingSeverity.class);
    for (FindingSeverity severity : FindingSeverity.values()) {
      days.put(severity, severity.provincialDays());
    }
    return new RectificationDeadlines(days);
  }

  /**
   * Art. 25: a tenant's local rule over the provincial defaults; a severity it leaves out keeps the
   * default. A longer or non-positive value is named in {@code violations} (field {@code
   * deadlines.HIGH} …) and the defaults are answered.
   */
  public static RectificationDeadlines local(
      Map<FindingSeverity, Integer> local, Violations violations) {
    Map<FindingSeverity, WorkingDays> days = new EnumMap<>(provincialDefaults().days());
    local.forEach(
        (severity, value) -> {
          int most = severity.provincialDays().value();
          if (value == null || value < 1 || value > most) {
            violations.add("deadlines." + severity.name(), "validation.outOfRange", 1, most);
          } else {
            days.put(severity, WorkingDays.of(value));
          }
        });
    return violations.isEmpty() ? new RectificationDeadlines(days) : provincialDefaults();
  }

  public WorkingDays of(FindingSeverity severity) {
    return days.get(severity);
  }

  /**
   * Art. 17: the due date of a finding recorded (or reopened: the clock runs again) on {@code
   * from}, a Beijing date, which itself never counts.
   */
  public DueDate due(OfficialCalendar calendar, FindingSeverity severity, LocalDate from) {
    return calendar.dueDate(from, of(severity));
  }
}
