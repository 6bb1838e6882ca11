package cn.gov.zj.cloud.domain.feedback;

import cn.gov.zj.cloud.domain.calendar.DueDate;
import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Art. 23 (差评整改): one obligation of a DISSATISFIED rating as its rater reads it: the call back
 * within {@link Rectification#CALLBACK} or the report within {@link Rectification#REPORT}, its due
 * date and when it was done, if it was.
 */
public record BadReviewDeadline(Stage stage, DueDate due, Optional<Instant> doneAt) {

  /** Which obligation. */
  public enum Stage {
    CALLBACK,
    REPORT
  }

  /** Where the obligation stands: done in time or late, or still open in time or overdue. */
  public enum State {
    DONE,
    DONE_LATE,
    OPEN,
    OVERDUE
  }

  public BadReviewDeadline {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(doneAt, "doneAt");
  }

  /**
   * Art. 23: both deadlines of a rating given at {@code ratedAt}, counted in working days from its
   * Beijing date; none for a grade that opens no rectification.
   */
  public static List<BadReviewDeadline> of(
      OfficialCalendar calendar,
      Grade grade,
      Instant ratedAt,
      Optional<Instant> calledBackAt,
      Optional<Instant> reportedAt) {
    if (!Rectification.opensFor(grade)) {
      return List.of();
    }
    var day = OfficialCalendar.dateOf(ratedAt);
    return List.of(
        new BadReviewDeadline(
            Stage.CALLBACK, calendar.dueDate(day, Rectification.CALLBACK), calledBackAt),
        new BadReviewDeadline(
            Stage.REPORT, calendar.dueDate(day, Rectification.REPORT), reportedAt));
  }

  /** Art. 23: the state at {@code now}. */
  public State state(Instant now) {
    if (doneAt.isPresent()) {
      return due.isOverdueAt(doneAt.get()) ? State.DONE_LATE : State.DONE;
    }
    return due.isOverdueAt(now) ? State.OVERDUE : State.OPEN;
  }
}
