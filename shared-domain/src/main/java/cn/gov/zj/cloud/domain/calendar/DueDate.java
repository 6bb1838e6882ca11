package cn.gov.zj.cloud.domain.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Art. 8–12: the last day of a deadline. Provisional when the count ran through a year whose notice
 * is not loaded, so that only weekends were taken off; show it as such wherever it is shown.
 */
public record DueDate(LocalDate date, boolean provisional) {

  public DueDate {
    Objects.requireNonNull(date, "date");
  }

  /** The deadline ends at 24:00 of the due date, Beijing time: the next midnight. */
  public ZonedDateTime endsAt() {
    return date.plusDays(1).atStartOfDay(OfficialCalendar.ZONE);
  }

  public boolean isOverdueAt(Instant now) {
    return !now.isBefore(endsAt().toInstant());
  }
}
