package cn.gov.zj.cloud.domain.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.validation.FieldError;
import cn.gov.zj.cloud.domain.validation.Violations;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StaffDetailsTest {

  private static List<String> faults(StaffDetails.Draft draft) {
    Violations violations = new Violations();
    StaffDetails.from(draft, violations);
    return violations.errors().stream().map(FieldError::messageKey).toList();
  }

  @Test
  @DisplayName("Art. 4: unit staff belong to a unit; the username is normalised")
  void unitStaffWithUnit() {
    Violations violations = new Violations();
    StaffDetails details =
        StaffDetails.from(
            new StaffDetails.Draft(" Zhang.San ", "三", "张", "zs@hz.gov.cn", "unit-applicant", 7L),
            violations);
    assertEquals("zhang.san", details.username());
    assertEquals(Role.UNIT_APPLICANT, details.role());
    assertEquals(7L, details.unitId());
  }

  @Test
  @DisplayName("Art. 4: unit staff without a unit, or a reviewer with one, are refused")
  void unitMembershipFollowsTheRole() {
    assertEquals(
        List.of("staff.unit.required"),
        faults(
            new StaffDetails.Draft(
                "li.si", "四", "李", "ls@hz.gov.cn", "unit-security-officer", null)));
    assertEquals(
        List.of("staff.unit.onlyUnitStaff"),
        faults(new StaffDetails.Draft("wang.wu", "五", "王", "ww@hz.gov.cn", "reviewer", 3L)));
  }

  @Test
  @DisplayName("Art. 4: a tenant administrator never hands out the province-wide role")
  void provinceRoleRefused() {
    assertEquals(
        List.of("staff.role.unknown"),
        faults(
            new StaffDetails.Draft("zhao.liu", "六", "赵", "zl@zj.gov.cn", "province-admin", null)));
    assertEquals(
        List.of("staff.role.unknown"),
        faults(new StaffDetails.Draft("zhao.liu", "六", "赵", "zl@zj.gov.cn", "admin", null)));
  }

  @Test
  @DisplayName("Bad usernames, names and emails are named, and nothing comes back")
  void badFields() {
    Violations violations = new Violations();
    assertNull(
        StaffDetails.from(
            new StaffDetails.Draft("张三", "", null, "no-at-sign", null, null), violations));
    assertEquals(
        List.of("username", "firstName", "lastName", "email", "role"),
        violations.errors().stream().map(FieldError::field).toList());
  }
}
