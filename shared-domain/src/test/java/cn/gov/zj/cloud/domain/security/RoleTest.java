package cn.gov.zj.cloud.domain.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RoleTest {

  @Test
  @DisplayName("Art. 4: the tenant's staff roles are all but the province-wide oversight role")
  void tenantStaff() {
    List<Role> staff = List.of(Role.tenantStaff());
    assertEquals(Role.values().length - 1, staff.size());
    assertFalse(staff.contains(Role.PROVINCE_ADMIN));
    assertTrue(staff.containsAll(List.of(Role.UNIT_APPLICANT, Role.REVIEWER, Role.TENANT_ADMIN)));
  }

  @Test
  @DisplayName("Art. 4, Art. 18: unit staff are the applicant and the unit's security officer")
  void unitStaff() {
    assertTrue(Role.UNIT_APPLICANT.isUnitStaff());
    assertTrue(Role.UNIT_SECURITY_OFFICER.isUnitStaff());
    assertFalse(Role.REVIEWER.isUnitStaff());
    assertEquals(Role.PROVIDER_OPERATOR, Role.ofRealmRole("provider-operator").orElseThrow());
  }
}
