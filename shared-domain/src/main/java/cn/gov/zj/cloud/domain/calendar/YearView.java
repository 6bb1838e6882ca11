package cn.gov.zj.cloud.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Art. 8–12: one year of the official calendar as twelve month grids, weeks from Monday, each day
 * with what it is. A year whose notice is not loaded is provisional: only its weekends are known.
 *
 * @param provisional the notice of this year is not loaded
 */
public record YearView(Year year, boolean provisional, List<Month> months) {

  public YearView {
    months = List.copyOf(months);
  }

  /**
   * What one day of the grid is; {@link #BLANK} fills the weeks before the 1st and after the end.
   */
  public enum Kind {
    WORKDAY,
    WEEKEND,
    HOLIDAY,
    MAKEUP_WORKDAY,
    BLANK
  }

  /**
   * One cell of a month grid.
   *
   * @param name the holiday's name from the notice, empty for ordinary days
   */
  public record Day(LocalDate date, Kind kind, String name) {

    /** The day of the month, empty for a blank cell. */
    public String label() {
      return date == null ? "" : String.valueOf(date.getDayOfMonth());
    }
  }

  /** One month: its number (1–12) and its weeks of seven cells, Monday first. */
  public record Month(int month, List<List<Day>> weeks) {

    public Month {
      weeks = weeks.stream().map(List::copyOf).toList();
    }
  }

  public static YearView of(OfficialCalendar calendar, Year year) {
    List<Month> months = new ArrayList<>();
    for (int month = 1; month <= 12; month++) {
      months.add(month(calendar, year.atMonth(month)));
    }
    return new YearView(year, !calendar.years().contains(year), months);
  }

  private static Month month(OfficialCalendar calendar, YearMonth month) {
    List<Day> cells = new ArrayList<>();
    int lead = month.atDay(1).getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
    cells.addAll(Collections.nCopies(lead, new Day(null, Kind.BLANK, "")));
    for (int day = 1; day <= month.lengthOfMonth(); day++) {
      cells.add(day(calendar, month.atDay(day)));
    }
    while (cells.size() % 7 != 0) {
      cells.add(new Day(null, Kind.BLANK, ""));
    }
    List<List<Day>> weeks = new ArrayList<>();
    for (int start = 0; start < cells.size(); start += 7) {
      weeks.add(cells.subList(start, start + 7));
    }
    return new Month(month.getMonthValue(), weeks);
  }

  private static Day day(OfficialCalendar calendar, LocalDate date) {
    return calendar
        .exception(date)
        .map(
            listed ->
                new Day(
                    date,
                    listed.kind() == DayKind.HOLIDAY ? Kind.HOLIDAY : Kind.MAKEUP_WORKDAY,
                    listed.name()))
        .orElseGet(
            () -> new Day(date, CalendarDay.isWeekend(date) ? Kind.WEEKEND : Kind.WORKDAY, ""));
  }
}
