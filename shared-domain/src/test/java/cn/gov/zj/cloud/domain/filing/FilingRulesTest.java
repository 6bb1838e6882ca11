package cn.gov.zj.cloud.domain.filing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.validation.FieldError;
import cn.gov.zj.cloud.domain.validation.InvalidInputException;
import cn.gov.zj.cloud.domain.validation.Violations;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Art. 4, 5: a city's platform filing with the province, and a tenant's competent department. */
class FilingRulesTest {

  private static final Set<Role> PROVINCE = Set.of(Role.PROVINCE_ADMIN);
  private static final Set<Role> CITY = Set.of(Role.TENANT_ADMIN);

  private static FilingOutcome.Transition transition(
      FilingState state, FilingAction action, Set<Role> roles, String opinion) {
    return assertInstanceOf(
        FilingOutcome.Transition.class, FilingLifecycle.fire(state, action, roles, opinion));
  }

  private static List<String> fields(Violations violations) {
    return violations.errors().stream().map(FieldError::field).toList();
  }

  @Test
  @DisplayName(
      "Art. 5: the province returns a filing, the city files it again, the province accepts")
  void art5_returnResubmitAccept() {
    FilingOutcome.Transition returned =
        transition(FilingState.SUBMITTED, FilingAction.RETURN, PROVINCE, "  容量测算依据不足 ");
    assertEquals(FilingState.RETURNED, returned.to());
    assertEquals("容量测算依据不足", returned.opinion());
    assertEquals(
        FilingState.SUBMITTED,
        transition(FilingState.RETURNED, FilingAction.RESUBMIT, CITY, null).to());
    assertEquals(
        FilingState.ACCEPTED,
        transition(FilingState.SUBMITTED, FilingAction.ACCEPT, PROVINCE, "同意备案").to());
  }

  @Test
  @DisplayName("Art. 5: a decision without the province's opinion is 400 naming opinion")
  void art5_decisionNeedsAnOpinion() {
    InvalidInputException missing =
        assertThrows(
            InvalidInputException.class,
            () -> FilingLifecycle.fire(FilingState.SUBMITTED, FilingAction.ACCEPT, PROVINCE, " "));
    assertEquals("opinion", missing.errors().get(0).field());
  }

  @Test
  @DisplayName("Art. 5: only the province decides, only the city files again (403 before 409)")
  void art5_wrongRoleRefusedFirst() {
    FilingOutcome.Refusal city =
        assertInstanceOf(
            FilingOutcome.Refusal.class,
            FilingLifecycle.fire(FilingState.ACCEPTED, FilingAction.ACCEPT, CITY, "x"));
    assertTrue(city.wrongRole());
    FilingOutcome.Refusal reviewer =
        assertInstanceOf(
            FilingOutcome.Refusal.class,
            FilingLifecycle.fire(
                FilingState.RETURNED, FilingAction.RESUBMIT, Set.of(Role.REVIEWER), null));
    assertTrue(reviewer.wrongRole());
  }

  @Test
  @DisplayName("Art. 5: an action the state does not allow is 409 with the actions allowed now")
  void art5_wrongStateNamesAllowedActions() {
    FilingOutcome.Refusal refusal =
        assertInstanceOf(
            FilingOutcome.Refusal.class,
            FilingLifecycle.fire(FilingState.RETURNED, FilingAction.ACCEPT, PROVINCE, "x"));
    assertEquals(false, refusal.wrongRole());
    assertEquals(List.of(FilingAction.RESUBMIT), refusal.allowedNow());
    assertEquals(List.of(), FilingLifecycle.allowedNow(FilingState.ACCEPTED));
    assertEquals(
        List.of(FilingAction.ACCEPT, FilingAction.RETURN),
        FilingLifecycle.available(FilingState.SUBMITTED, PROVINCE));
    assertEquals(List.of(), FilingLifecycle.available(FilingState.SUBMITTED, CITY));
  }

  @Test
  @DisplayName("Art. 5: a plan names its platform, mode, provider, capacity and MLPS level")
  void art5_planChecked() {
    Violations violations = new Violations();
    PlatformPlan plan =
        PlatformPlan.check(
            new PlatformPlan.Draft(
                " 杭州市政务云 ", BuildMode.LEASED, "某云服务商", Map.of("vcpu", 4000, "memoryGib", 16000), 3),
            violations);
    assertTrue(violations.isEmpty(), violations.errors().toString());
    assertEquals("杭州市政务云", plan.platformName());
    assertEquals(3, plan.mlps());
  }

  @Test
  @DisplayName("Art. 5: a plan with every part wrong names each field and gives no plan")
  void art5_planFaultsNamed() {
    Violations violations = new Violations();
    PlatformPlan plan =
        PlatformPlan.check(
            new PlatformPlan.Draft("a\u0007b", null, " ", Map.of("gpu", 1, "vcpu", -1), 6),
            violations);
    assertNull(plan);
    assertEquals(
        Set.of("platformName", "mode", "provider", "capacity.gpu", "capacity.vcpu", "mlpsLevel"),
        Set.copyOf(fields(violations)));
    Violations empty = new Violations();
    PlatformPlan.check(
        new PlatformPlan.Draft("x", BuildMode.OWN, "y", Map.of("vcpu", 0), 2), empty);
    assertEquals(List.of("capacity"), fields(empty));
  }

  @Test
  @DisplayName("Art. 4, 5: a competent department needs its name, a contact, phone and mail")
  void art5_competentDepartmentChecked() {
    Violations ok = new Violations();
    CompetentDepartment department =
        CompetentDepartment.check(
            "杭州市数据资源管理局", "王五", "0571-87000000", "zwy@hz.gov.cn", PlatformChoice.CITY, ok);
    assertTrue(ok.isEmpty(), ok.errors().toString());
    assertEquals(PlatformChoice.CITY, department.platform());
    Violations bad = new Violations();
    assertNull(CompetentDepartment.check(" ", "王五", "电话", "no-mail", null, bad));
    assertEquals(Set.of("department", "phone", "email", "platform"), Set.copyOf(fields(bad)));
  }
}
