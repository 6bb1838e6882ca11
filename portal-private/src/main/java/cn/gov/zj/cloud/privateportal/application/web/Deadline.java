package cn.gov.zj.cloud.privateportal.application.web;

import cn.gov.zj.cloud.domain.calendar.Countdown;
import cn.gov.zj.cloud.domain.calendar.DueDate;
import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.privateportal.application.CloudApplication;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * Art. 8–12, Art. 25: what a page shows of the step an application waits on: its due date on the
 * official calendar, the working days left (negative once overdue), whether the date is
 * provisional, and the rule in force that set its limit.
 */
public record Deadline(
    String stepKey,
    LocalDate dueDate,
    int workingDaysLeft,
    boolean provisional,
    boolean overdue,
    Integer limit,
    String rule)
    implements Serializable {

  /** Art. 8–12: the running step's deadline as of {@code today}; null when no step runs. */
  static Deadline of(CloudApplication application, OfficialCalendar calendar, LocalDate today) {
    if (application.getDueDate() == null) {
      return null;
    }
    Countdown left =
        calendar.countdown(
            new DueDate(application.getDueDate(), application.isProvisional()), today);
    return new Deadline(
        "application.step." + application.getStep(),
        application.getDueDate(),
        left.workingDaysLeft(),
        left.provisional(),
        left.overdue(),
        application.getStepLimit(),
        application.getStepRule());
  }

  /** The working days since the due date, for the overdue marker. */
  public int overdueDays() {
    return Math.max(0, -workingDaysLeft);
  }
}
