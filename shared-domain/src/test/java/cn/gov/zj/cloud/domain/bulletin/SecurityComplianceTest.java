package cn.gov.zj.cloud.domain.bulletin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Art. 19: bulletin and drill due dates, and what is flagged missing. */
class SecurityComplianceTest {

  private static final OfficialCalendar CALENDAR = OfficialCalendar.builtIn();

  @Test
  @DisplayName("Art. 19: September's bulletin is due on the 5th working day after National Day")
  void art19_bulletinDueAcrossNationalDay() {
    assertEquals(
        LocalDate.of(2026, 10, 13),
        SecurityCalendar.bulletinDue(CALENDAR, YearMonth.of(2026, 9)).date());
  }

  @Test
  @DisplayName("Art. 19: April's bulletin is due on 11 May (Labour Day and its make-up Saturday)")
  void art19_bulletinDueAcrossLabourDay() {
    assertEquals(
        LocalDate.of(2026, 5, 11),
        SecurityCalendar.bulletinDue(CALENDAR, YearMonth.of(2026, 4)).date());
  }

  @Test
  @DisplayName("Art. 19: a month without a bulletin is missing only after its due day ends")
  void art19_missingMonthAfterTheFifthWorkingDay() {
    Set<YearMonth> published = Set.of(YearMonth.of(2026, 1), YearMonth.of(2026, 2));
    var before =
        SecurityCompliance.of(
            CALENDAR,
            2026,
            published,
            false,
            OffsetDateTime.parse("2026-05-11T23:59:00+08:00").toInstant());
    var after =
        SecurityCompliance.of(
            CALENDAR,
            2026,
            published,
            false,
            OffsetDateTime.parse("2026-05-12T00:00:00+08:00").toInstant());
    assertEquals(List.of(YearMonth.of(2026, 3)), before.missingMonths());
    assertEquals(List.of(YearMonth.of(2026, 3), YearMonth.of(2026, 4)), after.missingMonths());
    assertEquals(DutyState.DONE, after.months().get(0).state());
    assertEquals(DutyState.PENDING, after.months().get(4).state());
  }

  @Test
  @DisplayName("Art. 19: the drill is missing after 1 December, not on it")
  void art19_drillMissingAfterFirstDecember() {
    var onTheDay =
        SecurityCompliance.of(
            CALENDAR,
            2026,
            Set.of(),
            false,
            OffsetDateTime.parse("2026-12-01T23:00:00+08:00").toInstant());
    var next =
        SecurityCompliance.of(
            CALENDAR,
            2026,
            Set.of(),
            false,
            OffsetDateTime.parse("2026-12-02T00:00:00+08:00").toInstant());
    var held =
        SecurityCompliance.of(
            CALENDAR,
            2026,
            Set.of(),
            true,
            OffsetDateTime.parse("2026-12-02T00:00:00+08:00").toInstant());
    assertEquals(DutyState.PENDING, onTheDay.drill().state());
    assertEquals(DutyState.MISSING, next.drill().state());
    assertEquals(DutyState.DONE, held.drill().state());
  }
}
