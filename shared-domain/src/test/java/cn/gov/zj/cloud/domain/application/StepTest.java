package cn.gov.zj.cloud.domain.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.calendar.DueDate;
import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.domain.calendar.WorkingDays;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StepTest {

  private static final OfficialCalendar CALENDAR = OfficialCalendar.builtIn();

  @Test
  @DisplayName("Art. 8–12: the statutory limits are 3, 2, 2, 5, 3, 5 and 3 working days")
  void statutoryLimits() {
    Map<Step, Integer> expected = new EnumMap<>(Step.class);
    expected.put(Step.ACCEPTANCE, 3);
    expected.put(Step.APPROVAL, 2);
    expected.put(Step.TRIAL_PROVISION, 2);
    expected.put(Step.CHANGE_APPROVAL, 5);
    expected.put(Step.CHANGE_EXECUTION, 3);
    expected.put(Step.TERMINATION_REVIEW, 5);
    expected.put(Step.RECLAMATION, 3);
    for (Step step : Step.values()) {
      assertEquals(
          expected.get(step), StepDeadlines.statutory().limitOf(step).value(), step.name());
      Fixtures.assertTranslated(step.nameKey());
    }
  }

  @Test
  @DisplayName("Art. 8–12: each step waits in one state, in the inbox of the role that ends it")
  void statesWaitingOnSteps() {
    Map<Step, ApplicationState> waiting = new EnumMap<>(Step.class);
    for (ApplicationState state : ApplicationState.values()) {
      state.awaits().ifPresent(step -> assertEquals(null, waiting.put(step, state)));
    }
    assertEquals(Step.values().length, waiting.size());
    assertEquals(ApplicationState.SUBMITTED, waiting.get(Step.ACCEPTANCE));
    assertEquals(ApplicationState.TERMINATION_APPROVED, waiting.get(Step.RECLAMATION));
    waiting.forEach(
        (step, state) ->
            assertTrue(Lifecycle.waitingFor(step.owner()).contains(state), step.name()));
    assertEquals(Optional.empty(), ApplicationState.IN_TRIAL.awaits());
  }

  @Test
  @DisplayName(
      "Art. 8: acceptance of an application submitted before National Day 2025 is due on the make-up Saturday after the holiday")
  void dueDateAcrossHoliday() {
    // Tuesday 30 September 2025, 15:00 Beijing; 1–8 October are holidays: 9 and 10 October count,
    // and Saturday 11 October, a make-up working day, is the third.
    Instant submitted = Instant.parse("2025-09-30T07:00:00Z");
    Optional<DueDate> due =
        Lifecycle.dueDate(
            ApplicationState.SUBMITTED, submitted, StepDeadlines.statutory(), CALENDAR);
    assertEquals(LocalDate.of(2025, 10, 11), due.orElseThrow().date());
    assertFalse(due.orElseThrow().provisional());
    assertEquals(
        Optional.empty(),
        Lifecycle.dueDate(ApplicationState.ACTIVE, submitted, StepDeadlines.statutory(), CALENDAR));
  }

  @Test
  @DisplayName("Art. 25: a tenant's shorter limit is the one a transition records and counts with")
  void localLimit() {
    StepDeadlines local =
        step -> step == Step.ACCEPTANCE ? WorkingDays.of(1) : step.statutoryLimit();
    ActionContext context =
        ActionContext.of(
                Fixtures.LEVEL_2,
                ActionInput.builder()
                    .materials(
                        Materials.of(
                            1, AttachmentKind.CONSTRUCTION_PLAN, AttachmentKind.SELF_TEST_REPORT))
                    .build())
            .withRules(local, TrialLimits.STATUTORY);
    Outcome.Transition t =
        Fixtures.moved(Fixtures.fire(ApplicationState.DRAFT, Action.SUBMIT, context));
    StepStart start = t.starts().orElseThrow();
    assertEquals(new StepStart(Step.ACCEPTANCE, WorkingDays.of(1)), start);
    // Friday 26 September 2025: the next working day is Sunday 28 September, a make-up day.
    assertEquals(
        LocalDate.of(2025, 9, 28), start.dueDate(CALENDAR, LocalDate.of(2025, 9, 26)).date());
  }

  @Test
  @DisplayName("Art. 9–12: resources are held from the trial until they are reclaimed")
  void resourcesHeld() {
    assertFalse(ApplicationState.APPROVED.holdsResources());
    assertTrue(ApplicationState.IN_TRIAL.holdsResources());
    assertTrue(ApplicationState.TERMINATION_APPROVED.holdsResources());
    assertFalse(ApplicationState.TERMINATED.holdsResources());
    assertTrue(ApplicationState.EXTENSION_REQUESTED.isTrialRunning());
  }

  @Test
  @DisplayName("Art. 7–12: every attachment kind has a label in both bundles")
  void attachmentLabels() {
    for (AttachmentKind kind : AttachmentKind.values()) {
      Fixtures.assertTranslated(kind.nameKey());
    }
    Fixtures.assertTranslated("application.refusal.wrongRole");
    Fixtures.assertTranslated("application.refusal.notAllowedNow");
  }
}
