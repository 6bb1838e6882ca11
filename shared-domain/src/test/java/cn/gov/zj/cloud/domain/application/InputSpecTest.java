package cn.gov.zj.cloud.domain.application;

import static cn.gov.zj.cloud.domain.application.AttachmentKind.BACKUP_CONFIRMATION;
import static cn.gov.zj.cloud.domain.application.AttachmentKind.CONSTRUCTION_PLAN;
import static cn.gov.zj.cloud.domain.application.AttachmentKind.FUNCTIONAL_TEST_REPORT;
import static cn.gov.zj.cloud.domain.application.AttachmentKind.OTHER;
import static cn.gov.zj.cloud.domain.application.AttachmentKind.PERFORMANCE_TEST_REPORT;
import static cn.gov.zj.cloud.domain.application.AttachmentKind.SECURITY_TEST_REPORT;
import static cn.gov.zj.cloud.domain.application.AttachmentKind.SELF_TEST_REPORT;
import static cn.gov.zj.cloud.domain.application.AttachmentKind.THIRD_PARTY_TEST_REPORT;
import static cn.gov.zj.cloud.domain.application.Fixtures.LEVEL_2;
import static cn.gov.zj.cloud.domain.application.Fixtures.LEVEL_3;
import static cn.gov.zj.cloud.domain.application.Fixtures.fire;
import static cn.gov.zj.cloud.domain.application.Fixtures.invalidFields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Art. 7–12: the one declaration of each action's fields and materials ({@link InputSpec}). */
class InputSpecTest {

  @Test
  @DisplayName("Art. 7: a submission takes the construction plan, the self-test report and lines")
  void art7_submissionMaterials() {
    InputSpec spec = Action.SUBMIT.input();
    assertEquals(Set.of(CONSTRUCTION_PLAN, SELF_TEST_REPORT), spec.materials(LEVEL_3, false));
    assertTrue(spec.resourceLines());
    assertEquals(InputSpec.Counted.ALL, spec.counted());
    assertEquals(Set.of(CONSTRUCTION_PLAN, SELF_TEST_REPORT, OTHER), spec.uploadable());
    assertEquals(Set.of(InputField.OPINION), spec.taken());
    assertFalse(spec.requires(InputField.OPINION));
  }

  @Test
  @DisplayName("Art. 9: test results take three reports; the CNAS report and its body from level 3")
  void art9_testResultsByLevel() {
    InputSpec spec = Action.SUBMIT_TEST_RESULTS.input();
    Set<AttachmentKind> three =
        Set.of(FUNCTIONAL_TEST_REPORT, PERFORMANCE_TEST_REPORT, SECURITY_TEST_REPORT);
    assertEquals(three, spec.materials(LEVEL_2, false));
    Set<AttachmentKind> four = EnumSet.copyOf(three);
    four.add(THIRD_PARTY_TEST_REPORT);
    assertEquals(four, spec.materials(LEVEL_3, false));
    assertFalse(spec.requires(InputField.THIRD_PARTY, LEVEL_2, false));
    assertTrue(spec.requires(InputField.THIRD_PARTY, LEVEL_3, false));
    assertEquals(InputSpec.Counted.SINCE_TRIAL_START, spec.counted());
  }

  @Test
  @DisplayName("Art. 9: the trial takes its days and environment, both required")
  void art9_trialFields() {
    InputSpec spec = Action.PROVIDE_TRIAL.input();
    assertTrue(spec.requires(InputField.TRIAL_DAYS));
    assertTrue(spec.requires(InputField.ENVIRONMENT));
    assertFalse(spec.takesMaterials());
    assertTrue(Action.REQUEST_EXTENSION.input().requires(InputField.EXTENSION_DAYS));
    assertFalse(Action.GRANT_EXTENSION.input().requires(InputField.EXTENSION_DAYS));
  }

  @Test
  @DisplayName(
      "Art. 11: a minor change takes no materials; a major one the Art. 7 materials and new reports, the CNAS report at level 3")
  void art11_changeByMajorAndLevel() {
    InputSpec spec = Action.REQUEST_CHANGE.input();
    assertEquals(Set.of(), spec.materials(LEVEL_3, false));
    assertEquals(
        Set.of(CONSTRUCTION_PLAN, SELF_TEST_REPORT, PERFORMANCE_TEST_REPORT, SECURITY_TEST_REPORT),
        spec.materials(LEVEL_2, true));
    assertTrue(spec.materials(LEVEL_3, true).contains(THIRD_PARTY_TEST_REPORT));
    assertFalse(spec.requires(InputField.THIRD_PARTY, LEVEL_3, false));
    assertTrue(spec.requires(InputField.THIRD_PARTY, LEVEL_3, true));
    assertTrue(spec.requires(InputField.RESOURCES));
    assertTrue(spec.takes(InputField.MLPS_LEVEL) && !spec.requires(InputField.MLPS_LEVEL));
  }

  @Test
  @DisplayName("Art. 12: termination takes three confirmations and the backup confirmation")
  void art12_terminationConfirmations() {
    InputSpec spec = Action.REQUEST_TERMINATION.input();
    assertEquals(Set.of(BACKUP_CONFIRMATION), spec.materials(LEVEL_2, false));
    assertEquals(
        Set.of(InputField.SYSTEM_OFFLINE, InputField.DATA_MIGRATED, InputField.DATA_BACKED_UP),
        spec.taken().stream()
            .filter(field -> field.shape() == InputField.Shape.CONFIRMATION)
            .filter(spec::requires)
            .collect(Collectors.toSet()));
    Outcome outcome =
        fire(
            ApplicationState.ACTIVE,
            Action.REQUEST_TERMINATION,
            ActionContext.of(LEVEL_2, ActionInput.NONE));
    assertEquals(
        List.of("systemOffline", "dataMigrated", "dataBackedUp", BACKUP_CONFIRMATION.field()),
        invalidFields(outcome));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Action.class)
  @DisplayName(
      "Art. 7–12: every material the declaration requires is refused by name when missing, and nothing else is")
  void art7_guardsFollowTheDeclaration(Action action) {
    if (action == Action.REQUEST_CHANGE) {
      return; // its materials depend on the change's size: art11_ and ChangeAssessmentTest
    }
    ApplicationState state = action.from().iterator().next();
    Outcome outcome = fire(state, action, ActionContext.of(LEVEL_3, ActionInput.NONE));
    Set<String> missing =
        action.input().materials(LEVEL_3, false).stream()
            .map(AttachmentKind::field)
            .collect(Collectors.toSet());
    Set<String> refused =
        outcome instanceof Outcome.Invalid
            ? invalidFields(outcome).stream()
                .filter(field -> field.startsWith("attachments."))
                .collect(Collectors.toSet())
            : Set.of();
    assertEquals(missing, refused, action.restName());
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Action.class)
  @DisplayName("Art. 8–12: an opinion is required exactly where the declaration says so")
  void art8_opinionFollowsTheDeclaration(Action action) {
    ApplicationState state = action.from().iterator().next();
    Outcome outcome =
        fire(
            state,
            action,
            ActionContext.of(LEVEL_2, ActionInput.NONE)
                .withAllocated(Fixtures.plan(Fixtures.ASKED)));
    boolean refused =
        outcome instanceof Outcome.Invalid && invalidFields(outcome).contains("opinion");
    assertEquals(action.input().requires(InputField.OPINION), refused, action.restName());
    assertTrue(action.input().takes(InputField.OPINION));
  }
}
