package cn.gov.zj.cloud.domain.application;

import static cn.gov.zj.cloud.domain.application.AttachmentKind.BACKUP_CONFIRMATION;
import static cn.gov.zj.cloud.domain.application.AttachmentKind.FUNCTIONAL_TEST_REPORT;
import static cn.gov.zj.cloud.domain.application.AttachmentKind.PERFORMANCE_TEST_REPORT;
import static cn.gov.zj.cloud.domain.application.AttachmentKind.SECURITY_TEST_REPORT;
import static cn.gov.zj.cloud.domain.application.AttachmentKind.THIRD_PARTY_TEST_REPORT;
import static cn.gov.zj.cloud.domain.application.Fixtures.LEVEL_2;
import static cn.gov.zj.cloud.domain.application.Fixtures.LEVEL_3;
import static cn.gov.zj.cloud.domain.application.Fixtures.assertRefused;
import static cn.gov.zj.cloud.domain.application.Fixtures.fire;
import static cn.gov.zj.cloud.domain.application.Fixtures.invalidFields;
import static cn.gov.zj.cloud.domain.application.Fixtures.keyOf;
import static cn.gov.zj.cloud.domain.application.Fixtures.moved;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.security.Role;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ActionRulesTest {

  private static final AttachmentKind[] TEST_REPORTS = {
    FUNCTIONAL_TEST_REPORT, PERFORMANCE_TEST_REPORT, SECURITY_TEST_REPORT
  };

  private static final AttachmentKind[] WITH_THIRD_PARTY = {
    FUNCTIONAL_TEST_REPORT, PERFORMANCE_TEST_REPORT, SECURITY_TEST_REPORT, THIRD_PARTY_TEST_REPORT
  };

  private static ActionContext level2(ActionInput input) {
    return ActionContext.of(LEVEL_2, input);
  }

  @Test
  @DisplayName(
      "Art. 7: submission needs the construction plan, the self-test report and a resource line")
  void submitNeedsCompleteMaterials() {
    Outcome outcome =
        fire(
            ApplicationState.DRAFT,
            Action.SUBMIT,
            level2(ActionInput.builder().attached(AttachmentKind.OTHER).build()));
    assertEquals(
        List.of("resources", "attachments.CONSTRUCTION_PLAN", "attachments.SELF_TEST_REPORT"),
        invalidFields(outcome));
    assertEquals("application.attachment.required", keyOf(outcome, "attachments.SELF_TEST_REPORT"));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = Action.class,
      names = {
        "REJECT",
        "APPROVE",
        "DENY",
        "REQUEST_EXTENSION",
        "REFUSE_EXTENSION",
        "FINAL_RETURN",
        "REFUSE_CHANGE",
        "REFUSE_TERMINATION"
      })
  @DisplayName("Art. 8–12: a rejection, denial, return or refusal needs an opinion")
  void opinionRequired(Action action) {
    ApplicationState state = action.from().iterator().next();
    ActionInput.Builder input = ActionInput.builder().opinion(" \n ");
    if (action.input().takes(InputField.EXTENSION_DAYS)) {
      input.extensionDays(5);
    }
    ActionInput blank = input.build();
    Outcome outcome = fire(state, action, level2(blank));
    assertEquals(List.of("opinion"), invalidFields(outcome));
    assertEquals("application.opinion.required", keyOf(outcome, "opinion"));
  }

  @Test
  @DisplayName("Art. 8: a rejection needs an opinion of at most 2000 characters")
  void opinionLength() {
    Outcome tooLong =
        fire(
            ApplicationState.SUBMITTED,
            Action.REJECT,
            level2(ActionInput.opinion("意".repeat(2001))));
    assertEquals("validation.tooLong", keyOf(tooLong, "opinion"));
    moved(
        fire(
            ApplicationState.SUBMITTED,
            Action.REJECT,
            level2(ActionInput.opinion("意".repeat(2000)))));
  }

  @Test
  @DisplayName("Art. 8: acceptance needs no opinion, but keeps one that is given")
  void acceptanceOpinionOptional() {
    assertEquals(
        Optional.empty(),
        moved(fire(ApplicationState.SUBMITTED, Action.ACCEPT, level2(ActionInput.NONE)))
            .record()
            .opinion());
  }

  @ParameterizedTest(name = "{0} days")
  @ValueSource(ints = {14, 31, 0, -1})
  @DisplayName("Art. 9: a trial period outside 15–30 days is refused")
  void trialOutOfBounds(int days) {
    Outcome outcome =
        fire(
            ApplicationState.APPROVED,
            Action.PROVIDE_TRIAL,
            level2(ActionInput.builder().trial(days, "env").build()));
    assertEquals(List.of("trialDays"), invalidFields(outcome));
    assertEquals("application.trialDays.range", keyOf(outcome, "trialDays"));
  }

  @ParameterizedTest(name = "{0} days")
  @ValueSource(ints = {15, 30})
  @DisplayName("Art. 9: a trial period of 15 or 30 days is granted, with its environment")
  void trialWithinBounds(int days) {
    Outcome.Transition t =
        moved(
            fire(
                ApplicationState.APPROVED,
                Action.PROVIDE_TRIAL,
                level2(ActionInput.builder().trial(days, " 政务外网 VPC ").build())));
    assertEquals(Optional.of(days), t.record().trialDays());
    assertEquals(Optional.of("政务外网 VPC"), t.record().environment());
  }

  @Test
  @DisplayName("Art. 9, Art. 25: the trial bounds in force are the tenant's, passed in")
  void localTrialBounds() {
    ActionContext local =
        level2(ActionInput.builder().trial(25, "env").build())
            .withRules(StepDeadlines.statutory(), new TrialLimits(15, 20));
    assertEquals(
        List.of("trialDays"),
        invalidFields(fire(ApplicationState.APPROVED, Action.PROVIDE_TRIAL, local)));
  }

  @Test
  @DisplayName("Art. 9: the trial environment needs its details and a trial period")
  void trialNeedsEnvironment() {
    assertEquals(
        List.of("trialDays", "environment"),
        invalidFields(
            fire(ApplicationState.APPROVED, Action.PROVIDE_TRIAL, level2(ActionInput.NONE))));
  }

  @Test
  @DisplayName("Art. 9: an extension request names its days, 1 to 30")
  void extensionDays() {
    ActionInput none = ActionInput.opinion("确有必要");
    assertEquals(
        List.of("extensionDays"),
        invalidFields(fire(ApplicationState.IN_TRIAL, Action.REQUEST_EXTENSION, level2(none))));
    ActionInput tooMany = ActionInput.builder().opinion("确有必要").extensionDays(31).build();
    assertEquals(
        List.of("extensionDays"),
        invalidFields(fire(ApplicationState.IN_TRIAL, Action.REQUEST_EXTENSION, level2(tooMany))));
  }

  @Test
  @DisplayName("Art. 9: test results need the functional, performance and security reports")
  void testReportsRequired() {
    assertEquals(
        List.of(
            "attachments.FUNCTIONAL_TEST_REPORT",
            "attachments.PERFORMANCE_TEST_REPORT",
            "attachments.SECURITY_TEST_REPORT"),
        invalidFields(
            fire(ApplicationState.IN_TRIAL, Action.SUBMIT_TEST_RESULTS, level2(ActionInput.NONE))));
  }

  @Test
  @DisplayName(
      "Art. 9: at MLPS level 3 test results are refused without the CNAS third-party report")
  void level3NeedsThirdParty() {
    ActionContext context =
        ActionContext.of(LEVEL_3, ActionInput.builder().attached(TEST_REPORTS).build());
    Outcome outcome = fire(ApplicationState.IN_TRIAL, Action.SUBMIT_TEST_RESULTS, context);
    assertEquals(
        List.of(
            "attachments.THIRD_PARTY_TEST_REPORT", "thirdParty.body", "thirdParty.accreditationNo"),
        invalidFields(outcome));
    assertEquals(
        "application.thirdParty.reportRequired",
        keyOf(outcome, "attachments.THIRD_PARTY_TEST_REPORT"));
  }

  @Test
  @DisplayName(
      "Art. 9: at MLPS level 3 the report, the body and a CNAS number let the tests through")
  void level3WithThirdParty() {
    ActionInput input =
        ActionInput.builder()
            .attached(WITH_THIRD_PARTY)
            .thirdParty("浙江省信息安全测评中心", " cnas  l0915 ")
            .build();
    Outcome.Transition t =
        moved(
            fire(
                ApplicationState.IN_TRIAL,
                Action.SUBMIT_TEST_RESULTS,
                ActionContext.of(LEVEL_3, input)));
    assertEquals(
        Optional.of(new ThirdPartyTest("浙江省信息安全测评中心", "CNAS L0915")), t.record().thirdParty());
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {"L1234", "CNAS 1234", "CNAS L12", "CNAS L123456", "CNAS C001-M", "CNASX L1234"})
  @DisplayName("Art. 9: an accreditation number not of the CNAS L/IB shape is refused")
  void cnasShape(String number) {
    ActionInput input =
        ActionInput.builder().attached(WITH_THIRD_PARTY).thirdParty("某测评机构", number).build();
    Outcome outcome =
        fire(
            ApplicationState.IN_TRIAL,
            Action.SUBMIT_TEST_RESULTS,
            ActionContext.of(LEVEL_3, input));
    assertEquals(List.of("thirdParty.accreditationNo"), invalidFields(outcome));
    assertEquals(
        "application.thirdParty.accreditationNo", keyOf(outcome, "thirdParty.accreditationNo"));
  }

  @Test
  @DisplayName("Art. 9: inspection-body numbers (CNAS IB) are accepted too")
  void cnasInspectionBody() {
    assertEquals("CNAS IB0123", ThirdPartyTest.canonical("CNAS IB0123"));
    assertEquals("CNAS L12345", ThirdPartyTest.canonical("CNASL12345"));
  }

  @Test
  @DisplayName("Art. 12: termination needs the offline, migration and backup confirmations")
  void terminationConfirmations() {
    ActionInput partial = ActionInput.builder().confirmations(true, false, null).build();
    Outcome outcome = fire(ApplicationState.ACTIVE, Action.REQUEST_TERMINATION, level2(partial));
    assertEquals(
        List.of("dataMigrated", "dataBackedUp", "attachments.BACKUP_CONFIRMATION"),
        invalidFields(outcome));
    assertEquals("application.termination.confirmationRequired", keyOf(outcome, "dataBackedUp"));
    ActionInput complete =
        ActionInput.builder().confirmations(true, true, true).attached(BACKUP_CONFIRMATION).build();
    moved(fire(ApplicationState.ACTIVE, Action.REQUEST_TERMINATION, level2(complete)));
  }

  @Test
  @DisplayName(
      "Art. 8: approval may allocate other resources than those asked, checked line by line")
  void approvalWithOtherResources() {
    ActionInput input =
        ActionInput.builder()
            .opinion("数据库规格下调")
            .resources(
                List.of(Lines.host(2, 8, 32, 100, 500), Lines.database("PostgreSQL", 0, 8, 200)))
            .build();
    assertEquals(
        List.of("resources[1].vcpu"),
        invalidFields(fire(ApplicationState.ACCEPTED, Action.APPROVE, level2(input))));
  }

  @Test
  @DisplayName("Art. 10: final approval may set the elastic range on the allocated resources alone")
  void finalApprovalElastic() {
    ActionContext context =
        level2(ActionInput.builder().elastic(2, 6).build())
            .withAllocated(Fixtures.plan(Fixtures.ASKED));
    Outcome.Transition t =
        moved(fire(ApplicationState.TESTS_SUBMITTED, Action.FINAL_APPROVE, context));
    assertEquals(
        Optional.of(new ElasticRange(2, 6)), t.record().resources().orElseThrow().elastic());
    ActionContext outside = context.withInput(ActionInput.builder().elastic(3, 6).build());
    assertEquals(
        List.of("elastic"),
        invalidFields(fire(ApplicationState.TESTS_SUBMITTED, Action.FINAL_APPROVE, outside)));
  }

  @Test
  @DisplayName("Art. 8: the approval starts the trial-environment step with the limit in force")
  void approvalStartsTrialStep() {
    Outcome.Transition t =
        moved(fire(ApplicationState.ACCEPTED, Action.APPROVE, level2(ActionInput.opinion("同意"))));
    assertEquals(Step.TRIAL_PROVISION, t.starts().orElseThrow().step());
    assertEquals(2, t.starts().orElseThrow().limit().value());
    assertEquals(Optional.empty(), t.record().resources());
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Action.class)
  @DisplayName(
      "Art. 7–12 (extra-field attack): every field an action does not take is refused by name,"
          + " not ignored")
  void art7_fieldsNotTakenAreRefused(Action action) {
    List<InputField> notTaken =
        Arrays.stream(InputField.values()).filter(f -> !action.input().takes(f)).toList();
    ActionInput.Builder input = ActionInput.builder();
    notTaken.forEach(field -> give(input, field));
    ActionContext context = level2(input.build()).withAllocated(Fixtures.plan(Fixtures.ASKED));
    Outcome outcome = fire(action.from().iterator().next(), action, context);
    List<String> fields = invalidFields(outcome);
    for (InputField field : notTaken) {
      assertTrue(fields.contains(field.json()), field + " of " + action + ": " + fields);
      assertEquals("application.field.notTaken", keyOf(outcome, field.json()));
    }
  }

  @Test
  @DisplayName(
      "Art. 6–12: the role (403) and the state (409) are judged before the fields an action does"
          + " not take (400)")
  void art6_roleAndStateBeforeFieldsNotTaken() {
    ActionContext extra = level2(ActionInput.builder().trial(20, "10.0.0.1").build());
    assertRefused(
        Lifecycle.fire(
            ApplicationState.SUBMITTED, Action.ACCEPT, Set.of(Role.UNIT_APPLICANT), extra),
        Outcome.Reason.WRONG_ROLE);
    assertRefused(
        fire(ApplicationState.ACTIVE, Action.ACCEPT, extra), Outcome.Reason.NOT_ALLOWED_NOW);
    assertEquals(
        List.of("trialDays", "environment"),
        invalidFields(fire(ApplicationState.SUBMITTED, Action.ACCEPT, extra)));
  }

  /** Gives {@code field} a well-formed value (with its siblings: trial, confirmations). */
  private static void give(ActionInput.Builder input, InputField field) {
    switch (field) {
      case OPINION -> input.opinion("意见");
      case TRIAL_DAYS, ENVIRONMENT -> input.trial(20, "10.0.0.1");
      case EXTENSION_DAYS -> input.extensionDays(5);
      case THIRD_PARTY -> input.thirdParty("浙江省信息安全测评中心", "CNAS L1234");
      case RESOURCES -> input.resources(List.of(Lines.bandwidth(80)));
      case ELASTIC -> input.elastic(1, 2);
      case MLPS_LEVEL -> input.mlpsLevel(2);
      case ARCHITECTURE_CHANGE -> input.architectureChange(false);
      case SYSTEM_OFFLINE, DATA_MIGRATED, DATA_BACKED_UP -> input.confirmations(true, true, true);
    }
  }
}
