package cn.gov.zj.cloud.domain.calendar;

import java.time.LocalDate;
import java.time.Year;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The exceptions of whole years, as the State Council's holiday notices list them. A year named
 * here is loaded whole: any day of it not listed is a working day Monday to Friday, a rest day
 * else.
 */
public record CalendarNotice(Set<Year> years, List<CalendarDay> days) {

  public CalendarNotice {
    if (years.isEmpty()) {
      throw new IllegalArgumentException("a notice covers at least one year");
    }
    years = Collections.unmodifiableSortedSet(new TreeSet<>(years));
    days = days.stream().sorted(Comparator.comparing(CalendarDay::date)).toList();
    check(years, days);
  }

  private static void check(Set<Year> years, List<CalendarDay> days) {
    Set<LocalDate> dates = new HashSet<>();
    Set<String> holidayNames =
        days.stream()
            .filter(d -> d.kind() == DayKind.HOLIDAY)
            .map(CalendarDay::name)
            .collect(Collectors.toSet());
    for (CalendarDay day : days) {
      if (!years.contains(day.year())) {
        throw new IllegalArgumentException(day.date() + " lies outside the years " + years);
      }
      if (!dates.add(day.date())) {
        throw new IllegalArgumentException(day.date() + " is listed twice");
      }
      if (day.kind() == DayKind.MAKEUP_WORKDAY && !holidayNames.contains(day.name())) {
        throw new IllegalArgumentException(day.date() + " makes up for no holiday: " + day.name());
      }
    }
  }

  /** For the upload preview: per year, its figures and its holiday blocks. */
  public List<YearSummary> summary() {
    List<HolidayBlock> blocks = HolidayBlock.of(days);
    return years.stream().map(year -> YearSummary.of(year, days, blocks)).toList();
  }
}
