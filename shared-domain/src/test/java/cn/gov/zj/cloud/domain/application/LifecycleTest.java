package cn.gov.zj.cloud.domain.application;

import static cn.gov.zj.cloud.domain.application.ApplicationState.ACCEPTED;
import static cn.gov.zj.cloud.domain.application.ApplicationState.ACTIVE;
import static cn.gov.zj.cloud.domain.application.ApplicationState.APPROVED;
import static cn.gov.zj.cloud.domain.application.ApplicationState.CHANGE_APPROVED;
import static cn.gov.zj.cloud.domain.application.ApplicationState.CHANGE_REQUESTED;
import static cn.gov.zj.cloud.domain.application.ApplicationState.DENIED;
import static cn.gov.zj.cloud.domain.application.ApplicationState.DRAFT;
import static cn.gov.zj.cloud.domain.application.ApplicationState.EXTENSION_REQUESTED;
import static cn.gov.zj.cloud.domain.application.ApplicationState.IN_TRIAL;
import static cn.gov.zj.cloud.domain.application.ApplicationState.RETURNED;
import static cn.gov.zj.cloud.domain.application.ApplicationState.SUBMITTED;
import static cn.gov.zj.cloud.domain.application.ApplicationState.TERMINATED;
import static cn.gov.zj.cloud.domain.application.ApplicationState.TERMINATION_APPROVED;
import static cn.gov.zj.cloud.domain.application.ApplicationState.TERMINATION_REQUESTED;
import static cn.gov.zj.cloud.domain.application.ApplicationState.TESTS_SUBMITTED;
import static cn.gov.zj.cloud.domain.application.AttachmentKind.BACKUP_CONFIRMATION;
import static cn.gov.zj.cloud.domain.application.AttachmentKind.CONSTRUCTION_PLAN;
import static cn.gov.zj.cloud.domain.application.AttachmentKind.FUNCTIONAL_TEST_REPORT;
import static cn.gov.zj.cloud.domain.application.AttachmentKind.PERFORMANCE_TEST_REPORT;
import static cn.gov.zj.cloud.domain.application.AttachmentKind.SECURITY_TEST_REPORT;
import static cn.gov.zj.cloud.domain.application.AttachmentKind.SELF_TEST_REPORT;
import static cn.gov.zj.cloud.domain.application.Fixtures.ASKED;
import static cn.gov.zj.cloud.domain.application.Fixtures.LEVEL_2;
import static cn.gov.zj.cloud.domain.application.Fixtures.as;
import static cn.gov.zj.cloud.domain.application.Fixtures.assertRefused;
import static cn.gov.zj.cloud.domain.application.Fixtures.assertTranslated;
import static cn.gov.zj.cloud.domain.application.Fixtures.fire;
import static cn.gov.zj.cloud.domain.application.Fixtures.invalidFields;
import static cn.gov.zj.cloud.domain.application.Fixtures.moved;
import static cn.gov.zj.cloud.domain.application.Fixtures.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.calendar.WorkingDays;
import cn.gov.zj.cloud.domain.security.Role;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LifecycleTest {

  private final ActionContext level2 = ActionContext.of(LEVEL_2, ActionInput.NONE);

  private ApplicationState step(ApplicationState state, Action action, ActionInput input) {
    return step(state, action, level2.withInput(input));
  }

  private ApplicationState step(ApplicationState state, Action action, ActionContext context) {
    Outcome.Transition transition = moved(fire(state, action, context));
    assertEquals(state, transition.from());
    return transition.to();
  }

  @Test
  @DisplayName(
      "Art. 6–12: the whole lifecycle, from draft through trial, activation and change to termination")
  void happyPath() {
    ApplicationState s = DRAFT;
    s =
        step(
            s,
            Action.SUBMIT,
            ActionInput.builder()
                .materials(Materials.of(5, CONSTRUCTION_PLAN, SELF_TEST_REPORT))
                .build());
    assertEquals(SUBMITTED, s);
    s = step(s, Action.ACCEPT, ActionInput.NONE);
    s = step(s, Action.APPROVE, ActionInput.opinion("同意，按申请配置"));
    assertEquals(APPROVED, s);
    s = step(s, Action.PROVIDE_TRIAL, ActionInput.builder().trial(20, "VPC 10.1.0.0/24").build());
    assertEquals(IN_TRIAL, s);
    s =
        step(
            s,
            Action.REQUEST_EXTENSION,
            ActionInput.builder().opinion("压力测试未完成").extensionDays(10).build());
    assertEquals(EXTENSION_REQUESTED, s);
    s = step(s, Action.GRANT_EXTENSION, ActionInput.NONE);
    assertEquals(IN_TRIAL, s);
    s =
        step(
            s,
            Action.SUBMIT_TEST_RESULTS,
            ActionInput.builder()
                .attached(FUNCTIONAL_TEST_REPORT, PERFORMANCE_TEST_REPORT, SECURITY_TEST_REPORT)
                .build());
    assertEquals(TESTS_SUBMITTED, s);
    s = step(s, Action.FINAL_APPROVE, ActionInput.NONE);
    assertEquals(ACTIVE, s);
    ActionContext active = level2.withAllocated(plan(ASKED));
    List<ResourceDraft> more = List.of(Lines.host(2, 8, 32, 100, 600), ASKED.get(4));
    s =
        step(
            s,
            Action.REQUEST_CHANGE,
            active.withInput(ActionInput.builder().resources(more).build()));
    assertEquals(CHANGE_REQUESTED, s);
    s = step(s, Action.APPROVE_CHANGE, ActionInput.NONE);
    s = step(s, Action.EXECUTE_CHANGE, ActionInput.NONE);
    assertEquals(ACTIVE, s);
    s =
        step(
            s,
            Action.REQUEST_TERMINATION,
            ActionInput.builder()
                .confirmations(true, true, true)
                .attached(BACKUP_CONFIRMATION)
                .build());
    s = step(s, Action.APPROVE_TERMINATION, ActionInput.NONE);
    assertEquals(TERMINATION_APPROVED, s);
    s = step(s, Action.RECLAIM, ActionInput.NONE);
    assertEquals(TERMINATED, s);
    assertTrue(s.isTerminal());
    assertEquals(List.of(), Lifecycle.allowedNow(s));
  }

  @Test
  @DisplayName("Art. 8: a rejected application goes back to the unit, which corrects and resubmits")
  void rejectionAndResubmission() {
    ActionInput complete =
        ActionInput.builder()
            .materials(Materials.of(1, CONSTRUCTION_PLAN, SELF_TEST_REPORT))
            .build();
    ApplicationState s = step(DRAFT, Action.SUBMIT, complete);
    Outcome.Transition rejected =
        moved(fire(s, Action.REJECT, level2.withInput(ActionInput.opinion("  缺少数据库容量测算  "))));
    assertEquals(RETURNED, rejected.to());
    assertEquals(Optional.of("缺少数据库容量测算"), rejected.record().opinion());
    assertEquals(Optional.empty(), rejected.starts());
    assertEquals(List.of(Action.SUBMIT), Lifecycle.allowed(RETURNED, as(Role.UNIT_APPLICANT)));
    Outcome.Transition resubmitted =
        moved(fire(RETURNED, Action.SUBMIT, level2.withInput(complete)));
    assertEquals(SUBMITTED, resubmitted.to());
    assertEquals(
        Optional.of(new StepStart(Step.ACCEPTANCE, WorkingDays.of(3))), resubmitted.starts());
  }

  @Test
  @DisplayName("Art. 8: a denial at approval is final")
  void denialIsTerminal() {
    assertEquals(DENIED, step(ACCEPTED, Action.DENY, ActionInput.opinion("与已有系统重复建设")));
    for (Role role : Role.values()) {
      assertEquals(List.of(), Lifecycle.allowed(DENIED, Set.of(role)));
    }
  }

  @ParameterizedTest(name = "{0} {1} by {2} → {3}")
  @CsvSource({
    "SUBMITTED, accept, UNIT_APPLICANT, WRONG_ROLE",
    "SUBMITTED, submit, UNIT_APPLICANT, NOT_ALLOWED_NOW",
    "ACCEPTED, accept, REVIEWER, NOT_ALLOWED_NOW",
    "APPROVED, provide-trial, REVIEWER, WRONG_ROLE",
    "IN_TRIAL, provide-trial, PROVIDER_OPERATOR, NOT_ALLOWED_NOW",
    "EXTENSION_REQUESTED, grant-extension, UNIT_APPLICANT, WRONG_ROLE",
    "IN_TRIAL, grant-extension, REVIEWER, NOT_ALLOWED_NOW",
    "TESTS_SUBMITTED, final-approve, PROVIDER_OPERATOR, WRONG_ROLE",
    "ACTIVE, final-approve, REVIEWER, NOT_ALLOWED_NOW",
    "CHANGE_APPROVED, execute-change, REVIEWER, WRONG_ROLE",
    "CHANGE_REQUESTED, execute-change, PROVIDER_OPERATOR, NOT_ALLOWED_NOW",
    "TERMINATION_REQUESTED, approve-termination, UNIT_SECURITY_OFFICER, WRONG_ROLE",
    "TERMINATION_REQUESTED, reclaim, PROVIDER_OPERATOR, NOT_ALLOWED_NOW",
    "DRAFT, submit, TENANT_ADMIN, WRONG_ROLE",
    "TERMINATED, reclaim, PROVIDER_OPERATOR, NOT_ALLOWED_NOW",
    "DENIED, approve, REVIEWER, NOT_ALLOWED_NOW",
  })
  @DisplayName(
      "Art. 6–12: the wrong role is refused (403) apart from an action the state does not allow (409)")
  void wrongRoleOrNotNow(ApplicationState state, String name, Role role, Outcome.Reason reason) {
    Action action = Action.ofName(name).orElseThrow();
    Outcome outcome = Lifecycle.fire(state, action, Set.of(role), level2);
    Outcome.Refusal refusal = assertInstanceOf(Outcome.Refusal.class, outcome);
    assertEquals(reason, refusal.reason());
    assertEquals(action.role(), refusal.requiredRole());
    assertEquals(Lifecycle.allowedNow(state), refusal.allowedNow());
  }

  @Test
  @DisplayName(
      "Art. 6: the role is checked before the state, and the 409 names what is allowed now")
  void roleBeforeStateAndAllowedNow() {
    Outcome outcome = Lifecycle.fire(ACTIVE, Action.ACCEPT, as(Role.UNIT_APPLICANT), level2);
    assertRefused(outcome, Outcome.Reason.WRONG_ROLE);
    Outcome.Refusal notNow =
        (Outcome.Refusal) Lifecycle.fire(SUBMITTED, Action.APPROVE, as(Role.REVIEWER), level2);
    assertEquals(409, notNow.reason().httpStatus());
    assertEquals(List.of(Action.ACCEPT, Action.REJECT), notNow.allowedNow());
    assertEquals(403, Outcome.Reason.WRONG_ROLE.httpStatus());
  }

  @Test
  @DisplayName("Art. 6: the input is only judged once role and state are right")
  void inputAfterRoleAndState() {
    assertRefused(
        Lifecycle.fire(ACCEPTED, Action.REJECT, as(Role.REVIEWER), level2),
        Outcome.Reason.NOT_ALLOWED_NOW);
    assertEquals(
        List.of("opinion"),
        invalidFields(Lifecycle.fire(SUBMITTED, Action.REJECT, as(Role.REVIEWER), level2)));
  }

  @Test
  @DisplayName("Art. 4: a caller holding several roles may fire what any of them may")
  void severalRoles() {
    Set<Role> both = Set.of(Role.REVIEWER, Role.UNIT_APPLICANT);
    assertEquals(List.of(Action.SUBMIT), Lifecycle.allowed(DRAFT, both));
    assertEquals(List.of(Action.ACCEPT, Action.REJECT), Lifecycle.allowed(SUBMITTED, both));
    assertEquals(List.of(), Lifecycle.allowed(SUBMITTED, as(Role.SECURITY_SUPERVISOR)));
  }

  @Test
  @DisplayName("Art. 8–12: each inbox holds the states that wait for its role")
  void inboxes() {
    assertEquals(
        EnumSet.of(
            SUBMITTED,
            ACCEPTED,
            EXTENSION_REQUESTED,
            TESTS_SUBMITTED,
            CHANGE_REQUESTED,
            TERMINATION_REQUESTED),
        Lifecycle.waitingFor(Role.REVIEWER));
    assertEquals(
        EnumSet.of(APPROVED, CHANGE_APPROVED, TERMINATION_APPROVED),
        Lifecycle.waitingFor(Role.PROVIDER_OPERATOR));
    assertEquals(
        EnumSet.of(DRAFT, RETURNED, IN_TRIAL, EXTENSION_REQUESTED, ACTIVE),
        Lifecycle.waitingFor(Role.UNIT_APPLICANT));
    assertEquals(Set.of(), Lifecycle.waitingFor(Role.TENANT_ADMIN));
  }

  @Test
  @DisplayName("Art. 6: every REST name maps back to its action; unknown names map to none")
  void restNames() {
    for (Action action : Action.values()) {
      assertEquals(Optional.of(action), Action.ofName(action.restName()));
      assertTrue(action.restName().matches("[a-z]+(-[a-z]+)*"), action.restName());
      assertTranslated(action.nameKey());
    }
    assertEquals(Optional.empty(), Action.ofName("SUBMIT"));
    assertEquals(Optional.empty(), Action.ofName("activate"));
  }

  @Test
  @DisplayName("Art. 6–12: every state is reached, only the terminal ones are never left")
  void shapeOfTheMachine() {
    Set<ApplicationState> reached = EnumSet.of(DRAFT);
    Set<ApplicationState> left = EnumSet.noneOf(ApplicationState.class);
    for (Action action : Action.values()) {
      reached.add(action.to());
      left.addAll(action.from());
    }
    assertEquals(EnumSet.allOf(ApplicationState.class), reached);
    assertEquals(EnumSet.complementOf(EnumSet.of(DENIED, TERMINATED)), left);
    Arrays.stream(ApplicationState.values()).forEach(s -> assertTranslated(s.nameKey()));
    assertFalse(IN_TRIAL.isTerminal());
  }

  @Test
  @DisplayName("Art. 9: test results may be submitted while an extension request is pending")
  void testsWhileExtensionPending() {
    ActionInput reports =
        ActionInput.builder()
            .attached(FUNCTIONAL_TEST_REPORT, PERFORMANCE_TEST_REPORT, SECURITY_TEST_REPORT)
            .build();
    assertEquals(TESTS_SUBMITTED, step(EXTENSION_REQUESTED, Action.SUBMIT_TEST_RESULTS, reports));
    assertEquals(
        IN_TRIAL, step(TESTS_SUBMITTED, Action.FINAL_RETURN, ActionInput.opinion("安全测试不通过")));
  }
}
