package cn.gov.zj.cloud.domain.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.validation.Violations;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StaffChangeTest {

  private static List<String> faults(List<String> roles, Long unitId, String email) {
    Violations violations = new Violations();
    assertNull(StaffChange.from(new StaffChange.Draft("三", "张", email, roles, unitId), violations));
    return violations.errors().stream().map(f -> f.field() + " " + f.messageKey()).toList();
  }

  @Test
  @DisplayName("Art. 25: an account may hold several roles; unit staff keep their unit")
  void art25_severalRolesWithUnit() {
    StaffChange change =
        StaffChange.from(
            new StaffChange.Draft(
                " 三 ",
                "张",
                "zs@hz.gov.cn",
                List.of("unit-applicant", "unit-security-officer", "unit-applicant"),
                7L),
            new Violations());
    assertEquals(Set.of(Role.UNIT_APPLICANT, Role.UNIT_SECURITY_OFFICER), change.roles());
    assertEquals(7L, change.unitId());
    assertEquals("三", change.firstName());
  }

  @Test
  @DisplayName(
      "Art. 4, Art. 25: no role, the province-wide role, an unknown role, or unit membership that"
          + " does not follow the roles are refused, each on its field")
  void art25_rolesRefused() {
    assertEquals(List.of("roles staff.roles.required"), faults(List.of(), null, "a@hz.gov.cn"));
    assertEquals(List.of("roles staff.roles.required"), faults(null, null, "a@hz.gov.cn"));
    assertEquals(
        List.of("roles staff.role.unknown"),
        faults(List.of("reviewer", "province-admin"), null, "a@hz.gov.cn"));
    assertEquals(List.of("roles staff.role.unknown"), faults(List.of("root"), null, "a@hz.gov.cn"));
    assertEquals(
        List.of("unitId staff.unit.required"),
        faults(List.of("reviewer", "unit-applicant"), null, "a@hz.gov.cn"));
    assertEquals(
        List.of("unitId staff.unit.onlyUnitStaff"), faults(List.of("reviewer"), 3L, "a@hz.gov.cn"));
    assertEquals(
        List.of("email staff.email.shape"), faults(List.of("reviewer"), null, "not-an-email"));
  }
}
