package cn.gov.zj.cloud.domain.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.validation.InvalidInputException;
import cn.gov.zj.cloud.domain.validation.Violations;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Art. 13: who may do what to a fault; Art. 25: a tenant's shorter targets. */
class FaultRulesTest {

  private static final Set<Role> PROVIDER = Set.of(Role.PROVIDER_OPERATOR);
  private static final Set<Role> UNIT = Set.of(Role.UNIT_SECURITY_OFFICER);

  @Test
  @DisplayName(
      "Art. 13: the provider acknowledges, resolves; the unit confirms and the fault closes")
  void art13_lifecycle() {
    assertEquals(
        FaultState.ACKNOWLEDGED,
        transition(FaultState.REPORTED, FaultAction.ACKNOWLEDGE, PROVIDER, null).to());
    FaultOutcome.Transition resolved =
        transition(FaultState.ACKNOWLEDGED, FaultAction.RESOLVE, PROVIDER, "  重启服务  ");
    assertEquals(FaultState.RESOLVED, resolved.to());
    assertEquals("重启服务", resolved.text());
    assertEquals(
        FaultState.CLOSED, transition(FaultState.RESOLVED, FaultAction.CONFIRM, UNIT, null).to());
  }

  @Test
  @DisplayName("Art. 13: reopened by the unit, the fault returns to ACKNOWLEDGED, with a reason")
  void art13_reopenReturnsToAcknowledged() {
    assertEquals(
        FaultState.ACKNOWLEDGED,
        transition(FaultState.RESOLVED, FaultAction.REOPEN, UNIT, "仍无法登录").to());
    InvalidInputException missing =
        assertThrows(
            InvalidInputException.class,
            () -> FaultLifecycle.fire(FaultState.RESOLVED, FaultAction.REOPEN, UNIT, " "));
    assertEquals("reason", missing.errors().get(0).field());
  }

  @Test
  @DisplayName("Art. 13: the reviewer escalates an open fault; its state stays")
  void art13_escalateKeepsTheState() {
    assertEquals(
        FaultState.REPORTED,
        transition(FaultState.REPORTED, FaultAction.ESCALATE, Set.of(Role.REVIEWER), null).to());
  }

  @Test
  @DisplayName("Art. 13: the wrong role is refused (403) before the state is looked at")
  void art13_wrongRoleFirst() {
    FaultOutcome.Refusal refusal = refusal(FaultState.CLOSED, FaultAction.RESOLVE, UNIT);
    assertTrue(refusal.wrongRole());
    assertEquals(Set.of(Role.PROVIDER_OPERATOR), refusal.roles());
  }

  @Test
  @DisplayName("Art. 13: the wrong state is refused (409) naming what is allowed now")
  void art13_wrongStateNamesAllowedNow() {
    FaultOutcome.Refusal refusal = refusal(FaultState.RESOLVED, FaultAction.ACKNOWLEDGE, PROVIDER);
    assertEquals(false, refusal.wrongRole());
    assertEquals(List.of(FaultAction.CONFIRM, FaultAction.REOPEN), refusal.allowedNow());
    assertEquals(List.of(), FaultLifecycle.allowedNow(FaultState.CLOSED));
    assertEquals(
        List.of(FaultAction.ACKNOWLEDGE, FaultAction.RESOLVE),
        FaultLifecycle.available(FaultState.REPORTED, Set.of(Role.PROVIDER_OPERATOR)));
  }

  @Test
  @DisplayName("Art. 13: a resolution needs its text, at most 2000 characters, no control codes")
  void art13_resolutionText() {
    assertThrows(
        InvalidInputException.class,
        () -> FaultLifecycle.fire(FaultState.ACKNOWLEDGED, FaultAction.RESOLVE, PROVIDER, null));
    assertThrows(
        InvalidInputException.class,
        () ->
            FaultLifecycle.fire(
                FaultState.ACKNOWLEDGED, FaultAction.RESOLVE, PROVIDER, "x".repeat(2001)));
    assertThrows(
        InvalidInputException.class,
        () ->
            FaultLifecycle.fire(FaultState.ACKNOWLEDGED, FaultAction.RESOLVE, PROVIDER, "a\u0000"));
  }

  @Test
  @DisplayName("Art. 25: a tenant may shorten a fault target, and its clocks count the shorter one")
  void art25_shorterLocalTarget() {
    Violations violations = new Violations();
    FaultTargets local =
        FaultTargets.local(Map.of("P1.response", 10, "P3.resolution", 2), violations);
    assertTrue(violations.isEmpty());
    assertEquals(Target.minutes(10), local.response(Severity.P1));
    assertEquals(Target.workingDays(2), local.resolution(Severity.P3));
    assertEquals(Target.minutes(240), local.resolution(Severity.P1));
    assertEquals(Map.of("P1.response", 10, "P3.resolution", 2), local.shortened());
    FaultSchedule schedule =
        new FaultSchedule(local, new WorkingClock(OfficialCalendar.builtIn(), OfficeHours.DEFAULT));
    Instant reported =
        LocalDateTime.parse("2026-12-07T10:00").atZone(OfficialCalendar.ZONE).toInstant();
    assertEquals(reported.plusSeconds(600), schedule.responseDue(Severity.P1, reported));
  }

  @Test
  @DisplayName("Art. 25: a longer local target is refused, naming the field and the provincial one")
  void art25_longerLocalTargetRefused() {
    Violations violations = new Violations();
    assertNull(
        FaultTargets.local(
            Map.of("P1.response", 20, "P4.resolution", 0, "P5.response", 1), violations));
    assertEquals(3, violations.errors().size());
    assertTrue(
        violations.errors().stream()
            .anyMatch(
                e ->
                    e.field().equals("P1.response")
                        && e.messageKey().equals("fault.target.longerThanProvincial")));
  }

  private static FaultOutcome.Transition transition(
      FaultState state, FaultAction action, Set<Role> roles, String text) {
    return assertInstanceOf(
        FaultOutcome.Transition.class, FaultLifecycle.fire(state, action, roles, text));
  }

  private static FaultOutcome.Refusal refusal(
      FaultState state, FaultAction action, Set<Role> roles) {
    return assertInstanceOf(
        FaultOutcome.Refusal.class, FaultLifecycle.fire(state, action, roles, "x"));
  }
}
