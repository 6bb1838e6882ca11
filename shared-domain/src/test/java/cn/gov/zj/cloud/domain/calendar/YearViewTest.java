package cn.gov.zj.cloud.domain.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class YearViewTest {

  private static YearView.Day day(YearView view, String date) {
    LocalDate wanted = LocalDate.parse(date);
    return view.months().get(wanted.getMonthValue() - 1).weeks().stream()
        .flatMap(List::stream)
        .filter(d -> wanted.equals(d.date()))
        .findFirst()
        .orElseThrow();
  }

  @Test
  @DisplayName(
      "Art. 8–12: the year view of 2026 shows twelve months from Monday, holidays and make-up"
          + " working days with their names")
  void art8_yearViewOfALoadedYear() {
    YearView view = YearView.of(OfficialCalendar.builtIn(), Year.of(2026));
    assertFalse(view.provisional());
    assertEquals(12, view.months().size());
    List<YearView.Day> firstWeek = view.months().get(0).weeks().get(0);
    assertEquals(7, firstWeek.size());
    assertNull(firstWeek.get(0).date(), "2026-01-01 is a Thursday: three blank cells first");
    assertEquals(LocalDate.parse("2026-01-01"), firstWeek.get(3).date());
    assertEquals(YearView.Kind.HOLIDAY, day(view, "2026-01-01").kind());
    assertEquals("元旦", day(view, "2026-01-01").name());
    assertEquals(YearView.Kind.MAKEUP_WORKDAY, day(view, "2026-02-14").kind());
    assertEquals(YearView.Kind.WEEKEND, day(view, "2026-03-07").kind());
    assertEquals(YearView.Kind.WORKDAY, day(view, "2026-03-09").kind());
    assertEquals(
        365,
        view.months().stream()
            .flatMap(m -> m.weeks().stream())
            .flatMap(List::stream)
            .filter(d -> d.date() != null)
            .count());
  }

  @Test
  @DisplayName(
      "Art. 8–12: a year whose notice is not loaded is provisional and knows weekends only")
  void art8_yearViewOfAnUnloadedYear() {
    YearView view = YearView.of(OfficialCalendar.builtIn(), Year.of(2027));
    assertTrue(view.provisional());
    assertEquals(YearView.Kind.WORKDAY, day(view, "2027-01-01").kind(), "not known as a holiday");
    assertEquals(YearView.Kind.WEEKEND, day(view, "2027-01-02").kind());
  }
}
