package cn.gov.zj.cloud.domain.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DeadlineTest {

  private static final OfficialCalendar CALENDAR = OfficialCalendar.builtIn();

  /** Art. 8: submitted Fri 2025-01-24, acceptance due Wed 2025-02-05. */
  private static final DueDate ACCEPTANCE = new DueDate(LocalDate.parse("2025-02-05"), false);

  private static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  @DisplayName("Art. 8: a deadline ends at 24:00 Beijing time of its due date")
  void endsAtMidnightBeijing() {
    assertEquals(Instant.parse("2025-02-05T16:00:00Z"), ACCEPTANCE.endsAt().toInstant());
    assertEquals("Asia/Shanghai", ACCEPTANCE.endsAt().getZone().getId());
    assertFalse(ACCEPTANCE.isOverdueAt(Instant.parse("2025-02-05T15:59:59Z")));
    assertTrue(ACCEPTANCE.isOverdueAt(Instant.parse("2025-02-05T16:00:00Z")));
  }

  @Test
  @DisplayName("Art. 8: the event date is the Beijing date (00:30 Saturday is Saturday)")
  void eventDateInBeijing() {
    assertEquals(day("2025-01-25"), OfficialCalendar.dateOf(Instant.parse("2025-01-24T16:30:00Z")));
  }

  @Test
  @DisplayName("Art. 8: working days between two dates, signed")
  void between() {
    assertEquals(3, CALENDAR.workingDaysBetween(day("2025-01-24"), day("2025-02-05")));
    assertEquals(-3, CALENDAR.workingDaysBetween(day("2025-02-05"), day("2025-01-24")));
    assertEquals(0, CALENDAR.workingDaysBetween(day("2025-02-05"), day("2025-02-05")));
  }

  @Test
  @DisplayName("Art. 8: the inbox countdown before, on and after the due date")
  void countdown() {
    // Wed 01-29 (holiday): only Wed 02-05 remains
    assertEquals(new Countdown(1, false, false), CALENDAR.countdown(ACCEPTANCE, day("2025-01-29")));
    assertEquals(new Countdown(0, false, false), CALENDAR.countdown(ACCEPTANCE, day("2025-02-05")));
    assertEquals(new Countdown(-1, true, false), CALENDAR.countdown(ACCEPTANCE, day("2025-02-06")));
    // Thu 02-06, Fri 02-07, Sat 02-08 make-up
    assertEquals(new Countdown(-3, true, false), CALENDAR.countdown(ACCEPTANCE, day("2025-02-08")));
  }

  @Test
  @DisplayName("Art. 8: overdue over days off only still shows as overdue")
  void overdueOverWeekend() {
    DueDate friday = new DueDate(day("2025-03-07"), false);
    assertEquals(new Countdown(0, true, false), CALENDAR.countdown(friday, day("2025-03-09")));
  }

  @Test
  @DisplayName("Art. 8: a countdown into 2027 is provisional")
  void provisionalCountdown() {
    DueDate due = CALENDAR.dueDate(day("2026-12-29"), WorkingDays.of(3));
    assertEquals(new Countdown(3, false, true), CALENDAR.countdown(due, day("2026-12-29")));
    DueDate final2026 = new DueDate(day("2026-12-31"), false);
    assertEquals(new Countdown(-1, true, true), CALENDAR.countdown(final2026, day("2027-01-01")));
  }

  @Test
  @DisplayName("Art. 25: working days run from 0 to 60; a local rule may not exceed the default")
  void workingDaysBounds() {
    assertThrows(IllegalArgumentException.class, () -> WorkingDays.of(-1));
    assertThrows(IllegalArgumentException.class, () -> WorkingDays.of(61));
    assertEquals(60, WorkingDays.of(60).value());
    assertTrue(WorkingDays.of(5).isLongerThan(WorkingDays.of(3)));
    assertFalse(WorkingDays.of(3).isLongerThan(WorkingDays.of(3)));
  }
}
