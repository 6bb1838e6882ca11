package cn.gov.zj.cloud.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;

/** One exception of the official calendar: a holiday, or a weekend day worked in its stead. */
public record CalendarDay(LocalDate date, DayKind kind, String name) {

  public static final int MAX_NAME = 50;

  public CalendarDay {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(kind, "kind");
    if (name == null || name.isBlank() || name.strip().length() > MAX_NAME || name.contains(",")) {
      throw new IllegalArgumentException(
          "a calendar day needs a name of 1 to 50 characters, no comma");
    }
    name = name.strip();
    if (kind == DayKind.MAKEUP_WORKDAY && !isWeekend(date)) {
      throw new IllegalArgumentException("a make-up working day is a Saturday or Sunday: " + date);
    }
  }

  public static boolean isWeekend(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
  }

  public Year year() {
    return Year.from(date);
  }
}
