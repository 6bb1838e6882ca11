package cn.gov.zj.cloud.domain.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.i18n.Messages;
import cn.gov.zj.cloud.domain.validation.FieldError;
import cn.gov.zj.cloud.domain.validation.Violations;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NoticeCsvTest {

  private static final Set<Year> YEAR_2027 = Set.of(Year.of(2027));

  private static List<String> faults(String csv, Set<Year> years) {
    Violations violations = new Violations();
    assertNull(NoticeCsv.parse(csv.getBytes(StandardCharsets.UTF_8), years, violations));
    return violations.errors().stream().map(e -> e.field() + " " + e.messageKey()).toList();
  }

  @Test
  @DisplayName("Art. 8: a 2027 notice upload names every faulty line at once")
  void everyFaultWithItsLine() {
    String csv =
        """
        date,kind,name
        2027-01-01,HOLIDAY,元旦
        2027-02-30,HOLIDAY,春节
        2027-02-06,HOLIDAY_X,春节
        2027-05-06,MAKEUP_WORKDAY,劳动节
        2027-01-01,HOLIDAY,元旦
        2028-01-01,HOLIDAY,元旦
        2027-10-01,HOLIDAY,\s
        2027-10-02,HOLIDAY
        2027-10-09,MAKEUP_WORKDAY,国庆
        """;
    assertEquals(
        List.of(
            "line 3 calendar.csv.date",
            "line 4 calendar.csv.kind",
            "line 5 calendar.csv.makeupOnWeekday",
            "line 8 calendar.csv.name.required",
            "line 9 calendar.csv.cells",
            "line 6 calendar.csv.duplicate",
            "line 7 calendar.csv.outsideYears",
            "line 10 calendar.csv.makeupWithoutHoliday"),
        faults(csv, YEAR_2027));
  }

  @Test
  @DisplayName("Art. 8: each upload fault reads in Chinese first, with its line number")
  void messagesNameTheLine() {
    Violations violations = new Violations();
    String csv = "date,kind,name\n2027-01-01,HOLIDAY,元旦\n2027-01-01,HOLIDAY,元旦\n";
    NoticeCsv.parse(csv.getBytes(StandardCharsets.UTF_8), YEAR_2027, violations);
    FieldError error = violations.errors().get(0);
    assertEquals(
        "第 3 行：日期 2027-01-01 已在第 2 行列出",
        Messages.get(Locale.SIMPLIFIED_CHINESE, error.messageKey(), error.arguments().toArray()));
    assertEquals(
        "Line 3: 2027-01-01 is already listed on line 2",
        Messages.get(Locale.ENGLISH, error.messageKey(), error.arguments().toArray()));
  }

  @Test
  @DisplayName("Art. 8: every upload fault has its message in both bundles")
  void everyKeyTranslated() {
    List<String> keys =
        List.of(
            "notUtf8",
            "empty",
            "tooLarge",
            "header",
            "cells",
            "date",
            "kind",
            "name.required",
            "name.tooLong",
            "makeupOnWeekday",
            "duplicate",
            "outsideYears",
            "makeupWithoutHoliday",
            "yearMissing");
    for (String key : keys) {
      assertNotEquals("calendar.csv." + key, Messages.get(Locale.ENGLISH, "calendar.csv." + key));
      assertNotEquals("calendar.csv." + key, Messages.get(Locale.CHINESE, "calendar.csv." + key));
    }
  }

  @Test
  @DisplayName("Art. 8: a notice without its header is refused on line 1")
  void missingHeader() {
    assertEquals(
        List.of("line 1 calendar.csv.header"),
        faults("2027-01-01,HOLIDAY,元旦\n2027-01-02,HOLIDAY,元旦\n", YEAR_2027));
  }

  @Test
  @DisplayName("Art. 8: a name longer than 50 characters is refused on its line")
  void nameTooLong() {
    assertEquals(
        List.of("line 2 calendar.csv.name.tooLong"),
        faults("date,kind,name\n2027-01-01,HOLIDAY," + "节".repeat(51) + "\n", YEAR_2027));
  }

  @Test
  @DisplayName("Art. 8: an empty, header-only or non-UTF-8 file is refused as a whole")
  void wholeFileFaults() {
    assertEquals(List.of("file calendar.csv.empty"), faults("", YEAR_2027));
    assertEquals(List.of("file calendar.csv.empty"), faults("date,kind,name\n\n", YEAR_2027));
    Violations violations = new Violations();
    byte[] gbk = "date,kind,name\n2027-01-01,HOLIDAY,元旦\n".getBytes(Charset.forName("GBK"));
    assertNull(NoticeCsv.parse(gbk, YEAR_2027, violations));
    assertEquals("calendar.csv.notUtf8", violations.errors().get(0).messageKey());
  }

  @Test
  @DisplayName("Art. 8: each declared year needs its lines: a notice is loaded whole")
  void declaredYearWithoutLines() {
    assertEquals(
        List.of("file calendar.csv.yearMissing"),
        faults("date,kind,name\n2027-01-01,HOLIDAY,元旦\n", Set.of(Year.of(2027), Year.of(2028))));
  }

  @Test
  @DisplayName("Art. 8: a byte order mark, CRLF and blank lines are accepted")
  void tolerantReading() {
    String csv = "\uFEFFdate,kind,name\r\n2027-01-01,HOLIDAY, 元旦 \r\n\r\n2027-01-02,HOLIDAY,元旦\r\n";
    CalendarNotice notice = Notices.valid(csv, Year.of(2027));
    assertEquals(
        List.of(
            new CalendarDay(LocalDate.parse("2027-01-01"), DayKind.HOLIDAY, "元旦"),
            new CalendarDay(LocalDate.parse("2027-01-02"), DayKind.HOLIDAY, "元旦")),
        notice.days());
  }

  @Test
  @DisplayName("Art. 8: the shipped CSV reads back to itself, byte for byte")
  void shippedCsvRoundTrip() throws IOException {
    try (InputStream in = OfficialCalendar.class.getResourceAsStream(OfficialCalendar.BUILT_IN)) {
      String shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(shipped, NoticeCsv.format(OfficialCalendar.builtIn().notice()));
      assertEquals(72, OfficialCalendar.builtIn().notice().days().size());
    }
  }

  @Test
  @DisplayName("Art. 8: the preview of the 2025 notice: 28 holidays, 5 make-up days, 6 blocks")
  void preview2025() {
    YearSummary year = OfficialCalendar.builtIn().notice().summary().get(0);
    assertEquals(Year.of(2025), year.year());
    assertEquals(28, year.holidays());
    assertEquals(5, year.makeupWorkdays());
    assertEquals(List.of("元旦", "春节", "清明节", "劳动节", "端午节", "国庆节、中秋节"), year.blockNames());
    HolidayBlock spring = year.blocks().get(1);
    assertEquals(LocalDate.parse("2025-01-28"), spring.first());
    assertEquals(LocalDate.parse("2025-02-04"), spring.last());
    assertEquals(8, spring.days());
    assertEquals(
        List.of(LocalDate.parse("2025-01-26"), LocalDate.parse("2025-02-08")),
        spring.makeupWorkdays());
  }

  @Test
  @DisplayName("Art. 8: the preview of the 2026 notice: 33 holidays, 6 make-up days, 7 blocks")
  void preview2026() {
    YearSummary year = OfficialCalendar.builtIn().notice().summary().get(1);
    assertEquals(Year.of(2026), year.year());
    assertEquals(33, year.holidays());
    assertEquals(6, year.makeupWorkdays());
    assertEquals(List.of("元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节"), year.blockNames());
    HolidayBlock midAutumn = year.blocks().get(5);
    assertEquals(3, midAutumn.days());
    assertTrue(midAutumn.makeupWorkdays().isEmpty());
    HolidayBlock national = year.blocks().get(6);
    assertEquals(LocalDate.parse("2026-10-01"), national.first());
    assertEquals(7, national.days());
    assertEquals(
        List.of(LocalDate.parse("2026-09-20"), LocalDate.parse("2026-10-10")),
        national.makeupWorkdays());
    assertEquals(List.of(LocalDate.parse("2026-01-04")), year.blocks().get(0).makeupWorkdays());
  }

  @Test
  @DisplayName("Art. 8: without declared years, the years of the lines are loaded")
  void yearsFromLines() {
    CalendarNotice notice = Notices.valid("date,kind,name\n2027-01-01,HOLIDAY,元旦\n");
    assertEquals(YEAR_2027, notice.years());
  }
}
