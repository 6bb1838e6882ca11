package cn.gov.zj.cloud.domain.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.domain.calendar.WorkingDays;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.validation.Violations;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Art. 17, Art. 25: finding deadlines on the official calendar and the finding lifecycle. */
class FindingRulesTest {

  private static final OfficialCalendar CALENDAR = OfficialCalendar.builtIn();
  private static final RectificationDeadlines DEFAULTS =
      RectificationDeadlines.provincialDefaults();

  @Test
  @DisplayName("Art. 17: the provincial defaults are 5, 10 and 20 working days")
  void art17_provincialDefaults() {
    assertEquals(WorkingDays.of(5), DEFAULTS.of(FindingSeverity.HIGH));
    assertEquals(WorkingDays.of(10), DEFAULTS.of(FindingSeverity.MEDIUM));
    assertEquals(WorkingDays.of(20), DEFAULTS.of(FindingSeverity.LOW));
  }

  @Test
  @DisplayName("Art. 17: a HIGH finding of 30 September runs across the National Day holiday")
  void art17_highFindingAcrossNationalDay() {
    // 1–7 Oct holidays; 8, 9 Oct; 10 Oct a make-up Saturday; 12, 13 Oct.
    var due = DEFAULTS.due(CALENDAR, FindingSeverity.HIGH, LocalDate.of(2026, 9, 30));
    assertEquals(LocalDate.of(2026, 10, 13), due.date());
    assertFalse(due.provisional());
  }

  @Test
  @DisplayName("Art. 17: a MEDIUM finding of 13 February counts both Spring Festival make-up days")
  void art17_mediumFindingAcrossSpringFestival() {
    var due = DEFAULTS.due(CALENDAR, FindingSeverity.MEDIUM, LocalDate.of(2026, 2, 13));
    assertEquals(LocalDate.of(2026, 3, 5), due.date());
  }

  @Test
  @DisplayName("Art. 17: a reopened finding's clock runs again from the reopening")
  void art17_reopeningRestartsTheClock() {
    var first = DEFAULTS.due(CALENDAR, FindingSeverity.HIGH, LocalDate.of(2026, 11, 2));
    var again = DEFAULTS.due(CALENDAR, FindingSeverity.HIGH, LocalDate.of(2026, 11, 6));
    assertEquals(LocalDate.of(2026, 11, 9), first.date());
    assertEquals(LocalDate.of(2026, 11, 13), again.date());
    assertTrue(FindingAction.REOPEN.restartsClock());
    assertFalse(FindingAction.VERIFY.restartsClock());
  }

  @Test
  @DisplayName("Art. 25: a local rule may shorten a finding deadline")
  void art25_localRuleShortens() {
    Violations violations = new Violations();
    var local = RectificationDeadlines.local(Map.of(FindingSeverity.HIGH, 3), violations);
    assertTrue(violations.isEmpty());
    assertEquals(WorkingDays.of(3), local.of(FindingSeverity.HIGH));
    assertEquals(WorkingDays.of(10), local.of(FindingSeverity.MEDIUM));
  }

  @Test
  @DisplayName("Art. 25: a local rule never lengthens a finding deadline, nor sets it to zero")
  void art25_localRuleNeverLengthens() {
    Map<FindingSeverity, Integer> local = new EnumMap<>(FindingSeverity.class);
    local.put(FindingSeverity.LOW, 21);
    local.put(FindingSeverity.MEDIUM, 0);
    Violations violations = new Violations();
    var answered = RectificationDeadlines.local(local, violations);
    assertTrue(violations.has("deadlines.LOW"));
    assertTrue(violations.has("deadlines.MEDIUM"));
    assertEquals(DEFAULTS, answered);
    Map<FindingSeverity, WorkingDays> longer = new EnumMap<>(DEFAULTS.days());
    longer.put(FindingSeverity.HIGH, WorkingDays.of(6));
    assertThrows(IllegalArgumentException.class, () -> new RectificationDeadlines(longer));
  }

  @Test
  @DisplayName("Art. 17: OPEN → SUBMITTED by the unit; SUBMITTED → VERIFIED or back to OPEN")
  void art17_findingLifecycle() {
    assertEquals(
        List.of(FindingAction.SUBMIT_RECTIFICATION), FindingAction.allowedIn(FindingState.OPEN));
    assertEquals(
        List.of(FindingAction.VERIFY, FindingAction.REOPEN),
        FindingAction.allowedIn(FindingState.SUBMITTED));
    assertEquals(List.of(), FindingAction.allowedIn(FindingState.VERIFIED));
    assertTrue(FindingAction.SUBMIT_RECTIFICATION.roles().contains(Role.UNIT_APPLICANT));
    assertFalse(FindingAction.VERIFY.roles().contains(Role.UNIT_APPLICANT));
    assertTrue(FindingAction.REOPEN.needsText());
    assertEquals(FindingAction.REOPEN, FindingAction.ofRestName("reopen").orElseThrow());
    assertTrue(FindingAction.ofRestName("../verify").isEmpty());
  }
}
