package cn.gov.zj.cloud.domain.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Art. 13: the response and resolution clocks of faults, around the clock and in working time. */
class FaultClockTest {

  private static final FaultSchedule PROVINCIAL =
      new FaultSchedule(
          FaultTargets.provincial(),
          new WorkingClock(OfficialCalendar.builtIn(), OfficeHours.DEFAULT));

  /** A Beijing time, e.g. {@code 2026-10-03T23:50}. */
  private static Instant beijing(String localTime) {
    return LocalDateTime.parse(localTime).atZone(OfficialCalendar.ZONE).toInstant();
  }

  @Test
  @DisplayName(
      "Art. 13: the provincial defaults: P1 15 min / 4 h, P2 30 min / 8 h, P3 2 working"
          + " hours / 3 working days, P4 1 / 5 working days")
  void art13_provincialDefaults() {
    assertEquals(Target.minutes(15), Severity.P1.defaultResponse());
    assertEquals(Target.minutes(240), Severity.P1.defaultResolution());
    assertEquals(Target.minutes(30), Severity.P2.defaultResponse());
    assertEquals(Target.minutes(480), Severity.P2.defaultResolution());
    assertEquals(Target.workingMinutes(120), Severity.P3.defaultResponse());
    assertEquals(Target.workingDays(3), Severity.P3.defaultResolution());
    assertEquals(Target.workingDays(1), Severity.P4.defaultResponse());
    assertEquals(Target.workingDays(5), Severity.P4.defaultResolution());
    assertTrue(Severity.P2.defaultResolution().aroundTheClock());
    assertEquals(Optional.of(Target.workingDays(3)), Target.parse(Target.workingDays(3).label()));
    assertEquals(Optional.empty(), Target.parse("3 FORTNIGHTS"));
    assertFalse(Severity.P3.defaultResponse().aroundTheClock());
  }

  @Test
  @DisplayName("Art. 13: P1 and P2 run around the clock, through a night of the National Day")
  void art13_p2RunsAroundTheClockOnAHoliday() {
    Instant reported = beijing("2026-10-03T23:50");
    assertEquals(beijing("2026-10-04T00:20"), PROVINCIAL.responseDue(Severity.P2, reported));
    assertEquals(beijing("2026-10-04T07:50"), PROVINCIAL.resolutionDue(Severity.P2, reported));
    assertEquals(beijing("2026-10-04T00:05"), PROVINCIAL.responseDue(Severity.P1, reported));
    assertEquals(beijing("2026-10-04T03:50"), PROVINCIAL.resolutionDue(Severity.P1, reported));
  }

  @Test
  @DisplayName(
      "Art. 13: a P3 fault reported before the National Day is due after it, the make-up"
          + " Saturday counting as a working day")
  void art13_p3ClocksAcrossAHolidayAndAMakeUpWorkingDay() {
    Instant reported = beijing("2026-09-30T16:30");
    assertEquals(beijing("2026-10-08T09:30"), PROVINCIAL.responseDue(Severity.P3, reported));
    // 1 h on 30 Sep, 9 h on 8 Oct, 9 h on 9 Oct, 8 h on Saturday 10 Oct (调休上班)
    assertEquals(beijing("2026-10-10T16:30"), PROVINCIAL.resolutionDue(Severity.P3, reported));
  }

  @Test
  @DisplayName("Art. 13: P4 resolution across the May Day holiday and its make-up Saturday")
  void art13_p4ResolutionAcrossMayDay() {
    Instant reported = beijing("2026-04-30T10:00");
    assertEquals(beijing("2026-05-06T10:00"), PROVINCIAL.responseDue(Severity.P4, reported));
    assertEquals(beijing("2026-05-11T10:00"), PROVINCIAL.resolutionDue(Severity.P4, reported));
  }

  @Test
  @DisplayName("Art. 13: reported at 17:29, one minute counts today, the rest from 08:30 next day")
  void art13_reportedAt1729() {
    Instant reported = beijing("2026-12-07T17:29");
    assertEquals(beijing("2026-12-08T10:29"), PROVINCIAL.responseDue(Severity.P3, reported));
  }

  @Test
  @DisplayName(
      "Art. 13: reported at night or on an ordinary weekend, working time starts at the"
          + " next opening")
  void art13_reportedOutsideOfficeHours() {
    assertEquals(
        beijing("2026-12-08T10:30"),
        PROVINCIAL.responseDue(Severity.P3, beijing("2026-12-08T06:10")));
    assertEquals(
        beijing("2026-12-08T10:30"),
        PROVINCIAL.responseDue(Severity.P3, beijing("2026-12-07T17:30")));
    assertEquals(
        beijing("2026-12-14T17:30"),
        PROVINCIAL.responseDue(Severity.P4, beijing("2026-12-12T03:00")));
  }

  @Test
  @DisplayName("Art. 13: reported on a Saturday that is a make-up working day, it counts that day")
  void art13_reportedOnAMakeUpSaturday() {
    assertEquals(
        beijing("2026-10-10T12:00"),
        PROVINCIAL.responseDue(Severity.P3, beijing("2026-10-10T10:00")));
  }

  @Test
  @DisplayName("Art. 13: a target used up exactly at closing time is due at closing time")
  void art13_dueAtClosingTime() {
    assertEquals(
        beijing("2026-12-07T17:30"),
        PROVINCIAL.responseDue(Severity.P4, beijing("2026-12-07T08:30")));
  }

  @Test
  @DisplayName("Art. 13: office hours are a setting; a shorter office day makes a shorter day")
  void art13_officeHoursAreASetting() {
    OfficeHours hours = OfficeHours.parse("09:00-17:00").orElseThrow();
    assertEquals(LocalTime.of(9, 0), hours.opens());
    FaultSchedule schedule =
        new FaultSchedule(
            FaultTargets.provincial(), new WorkingClock(OfficialCalendar.builtIn(), hours));
    assertEquals(
        beijing("2026-12-08T10:00"),
        schedule.responseDue(Severity.P4, beijing("2026-12-07T10:00")));
    assertTrue(OfficeHours.parse("17:30-08:30").isEmpty());
    assertTrue(OfficeHours.parse("8:30").isEmpty());
    assertTrue(OfficeHours.parse(null).isEmpty());
  }

  @Test
  @DisplayName("Art. 13: reopened, the resolution clock runs again, whole, from the reopening")
  void art13_reopenRunsTheResolutionClockAgain() {
    Instant reported = beijing("2026-12-07T09:00");
    Instant firstDue = PROVINCIAL.resolutionDue(Severity.P2, reported);
    Instant reopened = beijing("2026-12-07T20:00");
    Instant again = PROVINCIAL.resolutionDue(Severity.P2, reopened);
    assertEquals(beijing("2026-12-07T17:00"), firstDue);
    assertEquals(beijing("2026-12-08T04:00"), again);
  }

  @Test
  @DisplayName("Art. 13: met when done by the due time, missed when later or past due undone")
  void art13_metOrMissed() {
    Instant due = beijing("2026-12-07T10:00");
    assertEquals(Optional.of(true), FaultSchedule.met(due, due, due.plusSeconds(3600)));
    assertEquals(
        Optional.of(false), FaultSchedule.met(due, due.plusSeconds(60), due.plusSeconds(60)));
    assertEquals(Optional.empty(), FaultSchedule.met(due, null, due));
    assertEquals(Optional.of(false), FaultSchedule.met(due, null, due.plusSeconds(1)));
  }
}
