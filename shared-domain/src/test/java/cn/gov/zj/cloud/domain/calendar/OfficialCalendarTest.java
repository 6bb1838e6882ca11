package cn.gov.zj.cloud.domain.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Expected dates worked out by hand from the CSV and the weekday of each date. */
class OfficialCalendarTest {

  private static final OfficialCalendar CALENDAR = OfficialCalendar.builtIn();

  private static DueDate due(String from, int workingDays) {
    return CALENDAR.dueDate(LocalDate.parse(from), WorkingDays.of(workingDays));
  }

  private static void assertDue(String expected, DueDate actual) {
    assertEquals(new DueDate(LocalDate.parse(expected), false), actual);
  }

  private static void assertProvisional(String expected, DueDate actual) {
    assertEquals(new DueDate(LocalDate.parse(expected), true), actual);
  }

  @Test
  @DisplayName("Art. 8: the built-in calendar holds the 2025 and 2026 notices")
  void builtInYears() {
    assertEquals(List.of(Year.of(2025), Year.of(2026)), List.copyOf(CALENDAR.years()));
    assertEquals("春节", CALENDAR.exception(LocalDate.parse("2025-01-28")).orElseThrow().name());
  }

  @Test
  @DisplayName("Art. 8: a working day is Mon–Fri unless a holiday, or a listed make-up day")
  void workingDays() {
    assertTrue(CALENDAR.isWorkingDay(LocalDate.parse("2025-03-03")), "Monday");
    assertFalse(CALENDAR.isWorkingDay(LocalDate.parse("2025-03-01")), "Saturday");
    assertFalse(CALENDAR.isWorkingDay(LocalDate.parse("2025-01-28")), "Tuesday of 春节");
    assertTrue(CALENDAR.isWorkingDay(LocalDate.parse("2025-01-26")), "make-up Sunday");
    assertFalse(CALENDAR.isWorkingDay(LocalDate.parse("2026-06-20")), "Saturday of 端午节");
    assertTrue(CALENDAR.isWorkingDay(LocalDate.parse("2027-01-01")), "2027: weekends only");
  }

  @Test
  @DisplayName("Art. 8: acceptance due 3 working days after submission across Spring Festival 2025")
  void springFestival2025() {
    // Fri 01-24 → Sun 01-26 make-up (1), Mon 01-27 (2), 01-28..02-04 off, Wed 02-05 (3)
    assertDue("2025-02-05", due("2025-01-24", 3));
  }

  @Test
  @DisplayName("Art. 8, Art. 11: a submission on a holiday of Spring Festival 2025 counts after it")
  void submittedOnHoliday2025() {
    // Wed 01-29 (holiday) → Wed 02-05 (1), Thu 02-06 (2), Fri 02-07 (3), Sat 02-08 make-up (4)
    assertDue("2025-02-07", due("2025-01-29", 3));
    assertDue("2025-02-10", due("2025-01-29", 5));
  }

  @Test
  @DisplayName("Art. 8: from a weekend, a make-up Sunday is the first working day (2025-01-26)")
  void fromWeekendToMakeupSunday() {
    assertDue("2025-01-26", due("2025-01-25", 1));
  }

  @Test
  @DisplayName("Art. 8: acceptance across Spring Festival 2026 counts the make-up Saturday 02-14")
  void springFestival2026() {
    // Thu 02-12 → Fri 02-13 (1), Sat 02-14 make-up (2), 02-15..02-23 off, Tue 02-24 (3)
    assertDue("2026-02-24", due("2026-02-12", 3));
  }

  @Test
  @DisplayName(
      "Art. 12: termination review due 5 working days after a 2026 Spring Festival holiday")
  void springFestival2026FromHoliday() {
    // Fri 02-20 (holiday) → 02-24 (1) .. Fri 02-27 (4), Sat 02-28 make-up (5)
    assertDue("2026-02-28", due("2026-02-20", 5));
  }

  @Test
  @DisplayName("Art. 8: approval due 2 working days before May Day 2025, with the make-up 04-27")
  void mayDay2025() {
    // Fri 04-25 → Sun 04-27 make-up (1), Mon 04-28 (2)
    assertDue("2025-04-28", due("2025-04-25", 2));
    // Art. 9: Wed 04-30 → 05-01..05-05 off, Tue 05-06 (1), Wed 05-07 (2)
    assertDue("2025-05-07", due("2025-04-30", 2));
  }

  @Test
  @DisplayName("Art. 11: change approval due 5 working days across May Day 2026, make-up 05-09")
  void mayDay2026() {
    // Thu 04-30 → 05-01..05-05 off, 05-06 (1), 05-07 (2), 05-08 (3), Sat 05-09 make-up (4), 05-11
    // (5)
    assertDue("2026-05-08", due("2026-04-30", 3));
    assertDue("2026-05-11", due("2026-04-30", 5));
  }

  @Test
  @DisplayName("Art. 8: acceptance across National Day and Mid-Autumn 2025, make-up 09-28, 10-11")
  void nationalDay2025() {
    // Fri 09-26 → Sun 09-28 make-up (1), Mon 09-29 (2), Tue 09-30 (3)
    assertDue("2025-09-30", due("2025-09-26", 3));
    // Tue 09-30 → 10-01..10-08 off, Thu 10-09 (1), Fri 10-10 (2), Sat 10-11 make-up (3)
    assertDue("2025-10-11", due("2025-09-30", 3));
  }

  @Test
  @DisplayName("Art. 8: the day of the event never counts, even a make-up working day (2025-09-28)")
  void fromMakeupDayDoesNotCount() {
    assertDue("2025-09-29", due("2025-09-28", 1));
  }

  @Test
  @DisplayName("Art. 12: review due 5 working days across Mid-Autumn and National Day 2026")
  void nationalDay2026() {
    // Thu 09-24 → 09-25..27 off, 09-28 (1), 09-29 (2), 09-30 (3), 10-01..07 off, 10-08 (4), 10-09
    // (5)
    assertDue("2026-09-30", due("2026-09-24", 3));
    assertDue("2026-10-09", due("2026-09-24", 5));
    // Art. 9: Fri 09-18 → Sun 09-20 make-up (1), Mon 09-21 (2); Thu 10-08 → 10-09, Sat 10-10
    assertDue("2026-09-21", due("2026-09-18", 2));
    assertDue("2026-10-10", due("2026-10-08", 2));
  }

  @Test
  @DisplayName("Art. 8: from New Year's Eve 2025 the make-up Sunday 2026-01-04 is the first day")
  void yearEnd2025() {
    assertDue("2026-01-04", due("2025-12-31", 1));
    assertDue("2026-01-05", due("2025-12-31", 2));
  }

  @Test
  @DisplayName("Art. 8: crossing into 2027 (no notice loaded) counts weekends only, provisional")
  void yearEnd2026Provisional() {
    assertDue("2026-12-31", due("2026-12-29", 2));
    assertProvisional("2027-01-01", due("2026-12-29", 3));
    // Thu 12-31 → Fri 01-01 (1), Mon 01-04 (2) .. Thu 01-07 (5)
    assertProvisional("2027-01-07", due("2026-12-31", 5));
    assertProvisional("2027-01-04", due("2027-01-01", 1));
  }

  @Test
  @DisplayName("Art. 8: a count through 2024 (no notice loaded) is provisional too")
  void before2025Provisional() {
    // Mon 2024-12-30 → Tue 12-31 (1), 2025-01-01 off, Thu 01-02 (2), Fri 01-03 (3)
    assertProvisional("2025-01-03", due("2024-12-30", 3));
  }

  @Test
  @DisplayName("Art. 8: 40 working days cross Qingming, May Day and Dragon Boat 2025")
  void severalBlocks() {
    // Thu 04-03 → 04-07..04-25 (1–15), Sun 04-27 (16), 04-28..04-30 (17–19), 05-06..05-30 (20–38),
    // 05-31..06-02 off, Tue 06-03 (39), Wed 06-04 (40)
    assertDue("2025-05-20", due("2025-04-03", 30));
    assertDue("2025-06-04", due("2025-04-03", 40));
  }

  @Test
  @DisplayName("Art. 8: zero working days is the same day, never provisional")
  void zeroIsSameDay() {
    assertDue("2025-01-29", due("2025-01-29", 0));
    assertDue("2027-06-05", due("2027-06-05", 0));
  }

  @Test
  @DisplayName("Art. 8: once the 2027 notice is loaded, the year-end deadline is final")
  void loadingNextYear() {
    CalendarNotice notice = Notices.valid("date,kind,name\n2027-01-01,HOLIDAY,元旦\n", Year.of(2027));
    OfficialCalendar next = CALENDAR.with(notice);
    // Tue 12-29 → 12-30 (1), 12-31 (2), 01-01 off, Mon 01-04 (3)
    assertEquals(
        new DueDate(LocalDate.parse("2027-01-04"), false),
        next.dueDate(LocalDate.parse("2026-12-29"), WorkingDays.of(3)));
    assertEquals(List.of(Year.of(2025), Year.of(2026), Year.of(2027)), List.copyOf(next.years()));
    assertEquals(3, CALENDAR.with(notice).with(notice).years().size());
    assertEquals(2, CALENDAR.years().size(), "the built-in calendar is unchanged");
  }
}
