package cn.gov.zj.cloud.domain.bulletin;

import cn.gov.zj.cloud.domain.calendar.DueDate;
import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Art. 19: one year of a tenant's security duties at a moment: each month's bulletin and the year's
 * drill, done, missing (past the due date, to be flagged) or pending.
 */
public record SecurityCompliance(int year, List<MonthDuty> months, Duty drill) {

  /** One duty: its state and due date. */
  public record Duty(DutyState state, DueDate due) {}

  /** One month's bulletin duty. */
  public record MonthDuty(YearMonth month, DutyState state, DueDate due) {}

  public SecurityCompliance {
    months = List.copyOf(months);
  }

  /**
   * Art. 19: the duties of {@code year} at {@code now}, given the months that have a bulletin and
   * whether a drill was held that year.
   */
  public static SecurityCompliance of(
      OfficialCalendar calendar,
      int year,
      Set<YearMonth> published,
      boolean drillHeld,
      Instant now) {
    List<MonthDuty> months = new ArrayList<>();
    for (int month = 1; month <= 12; month++) {
      YearMonth ym = YearMonth.of(year, month);
      DueDate due = SecurityCalendar.bulletinDue(calendar, ym);
      months.add(new MonthDuty(ym, state(published.contains(ym), due, now), due));
    }
    DueDate drillDue = SecurityCalendar.drillDue(year);
    return new SecurityCompliance(
        year, months, new Duty(state(drillHeld, drillDue, now), drillDue));
  }

  private static DutyState state(boolean done, DueDate due, Instant now) {
    if (done) {
      return DutyState.DONE;
    }
    return due.isOverdueAt(now) ? DutyState.MISSING : DutyState.PENDING;
  }

  /** The months whose bulletin is missing. */
  public List<YearMonth> missingMonths() {
    return months.stream()
        .filter(m -> m.state() == DutyState.MISSING)
        .map(MonthDuty::month)
        .toList();
  }
}
