package cn.gov.zj.cloud.domain.fault;

import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Art. 13: counts fault targets. Around the clock a target is plain time; in working time only the
 * office hours of working days on the official calendar count (holidays do not, make-up working
 * days do), in Beijing time. A clock started outside office hours starts at the next opening; a
 * target used up exactly at closing time is due at closing time, not at the next opening.
 */
public record WorkingClock(OfficialCalendar calendar, OfficeHours hours) {

  /** Far beyond any target, so that a calendar without working days can never loop for ever. */
  private static final int MAX_DAYS = 3660;

  public WorkingClock {
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(hours, "hours");
  }

  /** Art. 13: when a target started at {@code start} is due. */
  public Instant due(Instant start, Target target) {
    return switch (target.unit()) {
      case MINUTES -> start.plus(Duration.ofMinutes(target.amount()));
      case WORKING_MINUTES -> plusWorkingTime(start, Duration.ofMinutes(target.amount()));
      case WORKING_DAYS -> plusWorkingTime(start, hours.length().multipliedBy(target.amount()));
    };
  }

  /** The instant at which {@code work} of working time has passed since {@code start}. */
  public Instant plusWorkingTime(Instant start, Duration work) {
    ZonedDateTime at = start.atZone(OfficialCalendar.ZONE);
    Duration left = work;
    for (int day = 0; day < MAX_DAYS; day++) {
      LocalDate date = at.toLocalDate();
      if (calendar.isWorkingDay(date)) {
        ZonedDateTime opens = date.atTime(hours.opens()).atZone(OfficialCalendar.ZONE);
        ZonedDateTime closes = date.atTime(hours.closes()).atZone(OfficialCalendar.ZONE);
        ZonedDateTime from = at.isBefore(opens) ? opens : at;
        if (from.isBefore(closes)) {
          Duration today = Duration.between(from, closes);
          if (today.compareTo(left) >= 0) {
            return from.plus(left).toInstant();
          }
          left = left.minus(today);
        }
      }
      at = date.plusDays(1).atStartOfDay(OfficialCalendar.ZONE);
    }
    throw new IllegalStateException("no working time within " + MAX_DAYS + " days");
  }
}
