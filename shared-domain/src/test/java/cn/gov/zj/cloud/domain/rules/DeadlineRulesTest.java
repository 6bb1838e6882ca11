package cn.gov.zj.cloud.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.calendar.WorkingDays;
import cn.gov.zj.cloud.domain.validation.FieldError;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DeadlineRulesTest {

  private static final DeadlineRules DEFAULTS = DeadlineRules.provincialDefaults();

  private static int days(StatutoryStep step) {
    return DEFAULTS.limit(step).value();
  }

  @Test
  @DisplayName("Art. 8: acceptance 3 and approval 2 working days by default")
  void article8() {
    assertEquals(3, days(StatutoryStep.ACCEPTANCE));
    assertEquals(2, days(StatutoryStep.APPROVAL));
    assertEquals(8, StatutoryStep.ACCEPTANCE.article());
  }

  @Test
  @DisplayName("Art. 9: trial environment within 2 working days; trial 15–30 days by default")
  void article9() {
    assertEquals(2, days(StatutoryStep.TRIAL_PROVISION));
    assertEquals(new TrialBounds(15, 30), DEFAULTS.trial());
    assertEquals(9, StatutoryStep.TRIAL_PROVISION.article());
  }

  @Test
  @DisplayName("Art. 11: change approval 5 and execution 3 working days by default")
  void article11() {
    assertEquals(5, days(StatutoryStep.CHANGE_APPROVAL));
    assertEquals(3, days(StatutoryStep.CHANGE_EXECUTION));
  }

  @Test
  @DisplayName("Art. 12: termination review 5 and reclamation 3 working days by default")
  void article12() {
    assertEquals(5, days(StatutoryStep.TERMINATION_REVIEW));
    assertEquals(3, days(StatutoryStep.RECLAMATION));
    assertEquals(12, StatutoryStep.RECLAMATION.article());
  }

  @Test
  @DisplayName("Art. 9: a trial first granted lies within the bounds; an extension is apart")
  void trialAllows() {
    assertTrue(DEFAULTS.trial().allows(15));
    assertTrue(DEFAULTS.trial().allows(30));
    assertFalse(DEFAULTS.trial().allows(14));
    assertFalse(DEFAULTS.trial().allows(31));
    assertThrows(IllegalArgumentException.class, () -> new TrialBounds(20, 19));
    assertThrows(IllegalArgumentException.class, () -> new TrialBounds(0, 30));
    assertThrows(IllegalArgumentException.class, () -> new TrialBounds(15, 91));
  }

  @Test
  @DisplayName("Art. 8–12: every step has a limit of at least one working day")
  void completeSets() {
    Map<StatutoryStep, WorkingDays> limits = new EnumMap<>(DEFAULTS.limits());
    limits.remove(StatutoryStep.RECLAMATION);
    assertThrows(IllegalArgumentException.class, () -> new DeadlineRules(limits, DEFAULTS.trial()));
    limits.put(StatutoryStep.RECLAMATION, WorkingDays.of(0));
    assertThrows(IllegalArgumentException.class, () -> new DeadlineRules(limits, DEFAULTS.trial()));
  }

  @Test
  @DisplayName("Art. 25: the flat stored form (step → days, trial min and max) rebuilds the set")
  void flatForm() {
    DeadlineRules stored = DeadlineRules.of(DEFAULTS.limitDays(), 15, 30);
    assertEquals(DEFAULTS, stored);
    assertEquals(List.of(StatutoryStep.values()), List.copyOf(DEFAULTS.limitDays().keySet()));
  }

  @Test
  @DisplayName("Art. 25: province-admin may set any limit from 1 to 60 working days")
  void provincialLimits() {
    assertEquals(List.of(), Drafts.provincialErrors(Drafts.acceptance(60)));
    assertEquals(List.of(), Drafts.provincialErrors(Drafts.acceptance(1)));
    assertEquals(
        List.of(FieldError.of("limits.ACCEPTANCE", "validation.outOfRange", 1, 60)),
        Drafts.provincialErrors(Drafts.acceptance(0)));
    assertEquals(
        List.of(FieldError.of("limits.ACCEPTANCE", "validation.outOfRange", 1, 60)),
        Drafts.provincialErrors(Drafts.acceptance(61)));
  }

  @Test
  @DisplayName("Art. 9: the province may not make the shortest trial below 15 days")
  void statutoryFloor() {
    assertEquals(
        List.of(FieldError.of("trial.min", "rules.trial.belowStatutoryFloor", 15)),
        Drafts.provincialErrors(Drafts.trial(Drafts.statutory(), 14, 30)));
    assertEquals(List.of(), Drafts.provincialErrors(Drafts.trial(Drafts.statutory(), 15, 90)));
    assertEquals(List.of(), Drafts.provincialErrors(Drafts.trial(Drafts.statutory(), 20, 20)));
  }

  @Test
  @DisplayName("Art. 9: trial bounds 1 to 90 days, the longest not below the shortest")
  void provincialTrialShape() {
    assertEquals(
        List.of(FieldError.of("trial.max", "validation.outOfRange", 1, 90)),
        Drafts.provincialErrors(Drafts.trial(Drafts.statutory(), 15, 91)));
    assertEquals(
        List.of(FieldError.of("trial.max", "rules.trial.maxBelowMin", 20)),
        Drafts.provincialErrors(Drafts.trial(Drafts.statutory(), 20, 16)));
  }

  @Test
  @DisplayName("Art. 25: an empty draft names every limit and both trial bounds at once")
  void emptyDraft() {
    List<String> fields =
        Drafts.provincialErrors(new RulesDraft(Map.of("LATER", 3), null, null)).stream()
            .map(FieldError::field)
            .toList();
    assertEquals(
        List.of(
            "limits.ACCEPTANCE",
            "limits.APPROVAL",
            "limits.TRIAL_PROVISION",
            "limits.CHANGE_APPROVAL",
            "limits.CHANGE_EXECUTION",
            "limits.TERMINATION_REVIEW",
            "limits.RECLAMATION",
            "limits.LATER",
            "trial.min",
            "trial.max"),
        fields);
  }
}
