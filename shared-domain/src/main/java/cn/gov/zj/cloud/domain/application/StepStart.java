package cn.gov.zj.cloud.domain.application;

import cn.gov.zj.cloud.domain.calendar.DueDate;
import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.domain.calendar.WorkingDays;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Art. 8–12, Art. 25: a step that a transition starts, with the limit in force at that moment;
 * store both, so that a later change of the local rules does not move this step's due date.
 */
public record StepStart(Step step, WorkingDays limit) {

  public StepStart {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(limit, "limit");
  }

  /** The due date when the starting event happened on {@code eventDate} (Beijing date). */
  public DueDate dueDate(OfficialCalendar calendar, LocalDate eventDate) {
    return calendar.dueDate(eventDate, limit);
  }
}
