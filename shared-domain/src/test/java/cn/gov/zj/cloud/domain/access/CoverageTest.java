package cn.gov.zj.cloud.domain.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.validation.Violations;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CoverageTest {

  private static final Instant FROM = Instant.parse("2026-03-02T01:00:00Z");
  private static final Instant UNTIL = FROM.plus(Duration.ofDays(7));
  private static final long SYSTEM = 7;

  private static Grant grant(GrantState state, Scope... scopes) {
    return new Grant(SYSTEM, Set.of(scopes), state, FROM, UNTIL);
  }

  @Test
  @DisplayName("Art. 20: an approved grant covers its system, scope and window")
  void art20_coveredInsideTheWindow() {
    Grant grant = grant(GrantState.APPROVED, Scope.DATABASE);
    assertEquals(Coverage.COVERED, Coverage.of(List.of(grant), SYSTEM, Scope.DATABASE, FROM));
    assertEquals(
        Coverage.COVERED,
        Coverage.of(List.of(grant), SYSTEM, Scope.DATABASE, UNTIL.minusMillis(1)));
  }

  @Test
  @DisplayName("Art. 20: a session at until is refused as expired (the window is [from, until))")
  void art20_sessionAtUntil() {
    Grant grant = grant(GrantState.APPROVED, Scope.DATABASE);
    assertEquals(Coverage.EXPIRED, Coverage.of(List.of(grant), SYSTEM, Scope.DATABASE, UNTIL));
    assertTrue(grant.expiredAt(UNTIL));
    assertFalse(grant.expiredAt(UNTIL.minusMillis(1)));
  }

  @Test
  @DisplayName("Art. 20: after revocation no session is admitted, and the reason says revoked")
  void art20_afterRevoke() {
    Grant revoked = grant(GrantState.REVOKED, Scope.HOST);
    assertEquals(
        Coverage.REVOKED, Coverage.of(List.of(revoked), SYSTEM, Scope.HOST, FROM.plusSeconds(5)));
    assertFalse(revoked.covers(SYSTEM, Scope.HOST, FROM.plusSeconds(5)));
  }

  @Test
  @DisplayName("Art. 20: another scope, another system, a requested or refused grant admit nothing")
  void art20_whatDoesNotCover() {
    Instant at = FROM.plusSeconds(60);
    Grant approved = grant(GrantState.APPROVED, Scope.HOST);
    assertEquals(
        Coverage.SCOPE_NOT_COVERED, Coverage.of(List.of(approved), SYSTEM, Scope.STORAGE, at));
    assertEquals(Coverage.NO_GRANT, Coverage.of(List.of(approved), 8, Scope.HOST, at));
    assertEquals(
        Coverage.NO_GRANT,
        Coverage.of(
            List.of(grant(GrantState.REQUESTED, Scope.HOST), grant(GrantState.REFUSED, Scope.HOST)),
            SYSTEM,
            Scope.HOST,
            at));
    assertEquals(
        Coverage.NOT_YET_VALID,
        Coverage.of(List.of(approved), SYSTEM, Scope.HOST, FROM.minusSeconds(1)));
    assertEquals(Coverage.NO_GRANT, Coverage.of(List.of(), SYSTEM, Scope.HOST, at));
  }

  @Test
  @DisplayName("Art. 20: a second approved grant covers although an earlier one expired")
  void art20_anyCoveringGrantWins() {
    Grant old =
        new Grant(SYSTEM, Set.of(Scope.HOST), GrantState.APPROVED, FROM, FROM.plusSeconds(60));
    Grant current = grant(GrantState.APPROVED, Scope.HOST, Scope.DATABASE);
    assertEquals(
        Coverage.COVERED,
        Coverage.of(List.of(old, current), SYSTEM, Scope.HOST, FROM.plusSeconds(120)));
  }

  @Test
  @DisplayName(
      "Art. 20: the unit approves or refuses a request and revokes an approval, nothing else")
  void art20_actionsPerState() {
    assertTrue(GrantAction.APPROVE.allowedFrom(GrantState.REQUESTED));
    assertTrue(GrantAction.REFUSE.allowedFrom(GrantState.REQUESTED));
    assertTrue(GrantAction.REVOKE.allowedFrom(GrantState.APPROVED));
    assertFalse(GrantAction.REVOKE.allowedFrom(GrantState.REQUESTED));
    assertFalse(GrantAction.APPROVE.allowedFrom(GrantState.REVOKED));
    assertTrue(GrantState.REFUSED.allowedNow().isEmpty());
    assertEquals(Optional.of(GrantAction.REVOKE), GrantAction.ofRestName("revoke"));
    assertEquals(Optional.empty(), GrantAction.ofRestName("REVOKE"));
  }

  @Test
  @DisplayName("Art. 20: emergency access needs a reason and one review, not by its own operator")
  void art20_emergencyAccess() {
    Violations violations = new Violations();
    Emergency.reason("  ", violations);
    assertTrue(violations.has("reason"));
    assertEquals("数据库宕机", Emergency.reason("数据库宕机", new Violations()));
    assertEquals(
        Optional.empty(), Emergency.reviewRefusal(true, Optional.empty(), "op", "officer"));
    assertEquals(
        Optional.of("access.review.already"),
        Emergency.reviewRefusal(true, Optional.of(FROM), "op", "officer"));
    assertEquals(
        Optional.of("access.review.notEmergency"),
        Emergency.reviewRefusal(false, Optional.empty(), "op", "officer"));
    assertEquals(
        Optional.of("access.review.own"),
        Emergency.reviewRefusal(true, Optional.empty(), "op", "OP"));
  }
}
