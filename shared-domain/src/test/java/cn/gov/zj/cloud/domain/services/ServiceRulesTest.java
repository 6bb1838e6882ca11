package cn.gov.zj.cloud.domain.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.calendar.DueDate;
import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.domain.calendar.WorkingDays;
import cn.gov.zj.cloud.domain.security.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ServiceRulesTest {

  private static final OfficialCalendar CALENDAR = OfficialCalendar.builtIn();

  private static TrainingQuarter q(String text) {
    return TrainingQuarter.parse(text);
  }

  @Test
  @DisplayName(
      "Art. 14: a request made before the National Day holiday is due the next working day after it")
  void art14_responseDueAcrossAHoliday() {
    // Wed 2026-09-30, 15:00 Beijing; 10-01..10-07 are holidays: due Thu 2026-10-08, 24:00
    DueDate due =
        ServiceTargets.PROVINCIAL.responseDue(CALENDAR, Instant.parse("2026-09-30T07:00:00Z"));
    assertEquals(LocalDate.parse("2026-10-08"), due.date());
    assertFalse(due.provisional());
    assertEquals(Instant.parse("2026-10-08T16:00:00Z"), due.endsAt().toInstant());
  }

  @Test
  @DisplayName("Art. 14: the day counts in Beijing: 23:30 Friday Beijing is due on Monday")
  void art14_responseDueCountsFromTheBeijingDate() {
    DueDate due =
        ServiceTargets.PROVINCIAL.responseDue(CALENDAR, Instant.parse("2026-12-04T15:30:00Z"));
    assertEquals(LocalDate.parse("2026-12-07"), due.date());
  }

  @Test
  @DisplayName("Art. 25: a local rule may shorten the response and ask more sessions, never loosen")
  void art25_localRuleStricterOnly() {
    ServiceTargets stricter = new ServiceTargets(WorkingDays.of(0), 2);
    assertEquals(
        stricter, ServiceTargets.inForce(ServiceTargets.PROVINCIAL, Optional.of(stricter)));
    ServiceTargets looser = new ServiceTargets(WorkingDays.of(3), 1);
    assertEquals(
        ServiceTargets.PROVINCIAL,
        ServiceTargets.inForce(ServiceTargets.PROVINCIAL, Optional.of(looser)));
    assertEquals(
        ServiceTargets.PROVINCIAL,
        ServiceTargets.inForce(ServiceTargets.PROVINCIAL, Optional.empty()));
  }

  @Test
  @DisplayName("Art. 14: a quarter that ended without a session is flagged; the running one is not")
  void art14_quarterWithoutSessionIsFlagged() {
    Map<TrainingQuarter, Integer> held = Map.of(q("2026-Q2"), 1);
    assertEquals(
        List.of(q("2026-Q3")),
        TrainingQuarter.missed(q("2026-Q2"), LocalDate.parse("2026-10-01"), held, 1));
    assertEquals(
        List.of(), TrainingQuarter.missed(q("2026-Q2"), LocalDate.parse("2026-09-30"), held, 1));
  }

  @Test
  @DisplayName(
      "Art. 14, Art. 25: a local rule asking two sessions a quarter flags a quarter with one")
  void art14_localRuleAsksMoreSessions() {
    Map<TrainingQuarter, Integer> held = Map.of(q("2026-Q2"), 1, q("2026-Q3"), 2);
    int required =
        ServiceTargets.inForce(
                ServiceTargets.PROVINCIAL, Optional.of(new ServiceTargets(WorkingDays.of(1), 2)))
            .sessionsPerQuarter();
    assertEquals(
        List.of(q("2026-Q2")),
        TrainingQuarter.missed(q("2026-Q2"), LocalDate.parse("2026-12-31"), held, required));
  }

  @Test
  @DisplayName("Art. 14: quarters in Beijing dates, across the year's end")
  void art14_quarters() {
    assertEquals(q("2027-Q1"), q("2026-Q4").next());
    assertEquals(q("2026-Q4"), q("2027-Q1").previous());
    assertEquals(
        q("2026-Q4"), TrainingQuarter.of(Instant.parse("2026-12-31T16:30:00Z")).previous());
    assertEquals("2026-Q3", TrainingQuarter.of(LocalDate.parse("2026-09-30")).toString());
  }

  @Test
  @DisplayName("Art. 14: the provider answers, the unit closes; wrong role before wrong state")
  void art14_flow() {
    assertEquals(
        new ServiceFlow.Allowed(ServiceState.ANSWERED),
        ServiceFlow.decide(
            ServiceState.OPEN, ServiceAction.ANSWER, Set.of(Role.PROVIDER_OPERATOR)));
    assertInstanceOf(
        ServiceFlow.WrongRole.class,
        ServiceFlow.decide(ServiceState.CLOSED, ServiceAction.ANSWER, Set.of(Role.UNIT_APPLICANT)));
    ServiceFlow.Decision early =
        ServiceFlow.decide(ServiceState.OPEN, ServiceAction.CLOSE, Set.of(Role.UNIT_APPLICANT));
    assertEquals(
        new ServiceFlow.WrongState(ServiceState.OPEN, List.of(ServiceAction.ANSWER)), early);
    assertEquals(List.of(), ServiceFlow.allowedNow(ServiceState.CLOSED));
  }

  @Test
  @DisplayName("Art. 14: a full session has no seat left")
  void art14_seats() {
    assertTrue(new TrainingSeats(2, 2).full());
    assertEquals(1, new TrainingSeats(2, 1).left());
    assertEquals(0, new TrainingSeats(2, 3).left());
  }
}
