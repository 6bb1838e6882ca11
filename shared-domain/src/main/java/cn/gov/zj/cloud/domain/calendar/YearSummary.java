package cn.gov.zj.cloud.domain.calendar;

import java.time.Year;
import java.util.List;

/** One year of a notice as the upload preview shows it. */
public record YearSummary(Year year, int holidays, int makeupWorkdays, List<HolidayBlock> blocks) {

  public YearSummary {
    blocks = List.copyOf(blocks);
  }

  static YearSummary of(Year year, List<CalendarDay> days, List<HolidayBlock> blocks) {
    return new YearSummary(
        year,
        count(year, days, DayKind.HOLIDAY),
        count(year, days, DayKind.MAKEUP_WORKDAY),
        blocks.stream().filter(b -> Year.from(b.first()).equals(year)).toList());
  }

  private static int count(Year year, List<CalendarDay> days, DayKind kind) {
    return (int) days.stream().filter(d -> d.kind() == kind && d.year().equals(year)).count();
  }

  public List<String> blockNames() {
    return blocks.stream().map(HolidayBlock::name).toList();
  }
}
