package cn.gov.zj.cloud.domain.bulletin;

import cn.gov.zj.cloud.domain.calendar.DueDate;
import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.domain.calendar.WorkingDays;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;

/**
 * Art. 19: when the provider's security duties fall due: a month's bulletin by the 5th working day
 * of the next month (on the official calendar), the year's emergency drill by 1 December.
 */
public final class SecurityCalendar {

  /** The bulletin of a month is due on this working day of the next month. */
  public static final WorkingDays BULLETIN_GRACE = WorkingDays.of(5);

  private SecurityCalendar() {}

  /** Art. 19: the last day of a month's bulletin: the 5th working day of the next month. */
  public static DueDate bulletinDue(OfficialCalendar calendar, YearMonth month) {
    return calendar.dueDate(month.atEndOfMonth(), BULLETIN_GRACE);
  }

  /** Art. 19: the last day of a year's drill: 1 December. */
  public static DueDate drillDue(int year) {
    return new DueDate(LocalDate.of(year, Month.DECEMBER, 1), false);
  }
}
