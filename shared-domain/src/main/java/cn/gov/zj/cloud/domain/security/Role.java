package cn.gov.zj.cloud.domain.security;

import java.util.Arrays;
import java.util.Optional;

/** Art. 4: the realm roles of every tenant, as Keycloak names them. */
public enum Role {
  /** Staff of a using unit (使用单位). */
  UNIT_APPLICANT("unit-applicant"),
  /** Art. 18: the unit's named person for system management, confidentiality and audit. */
  UNIT_SECURITY_OFFICER("unit-security-officer"),
  /** The competent department (行政主管部门). */
  REVIEWER("reviewer"),
  /** The cloud provider (政务云供应商). */
  PROVIDER_OPERATOR("provider-operator"),
  /** Art. 4, Art. 17: the information-security authority. */
  SECURITY_SUPERVISOR("security-supervisor"),
  /** Art. 25: the administrator of one city's tenant. */
  TENANT_ADMIN("tenant-admin"),
  /** Art. 4: oversight across all tenants; exists in the province tenant only. */
  PROVINCE_ADMIN("province-admin");

  private final String realmRole;

  Role(String realmRole) {
    this.realmRole = realmRole;
  }

  public String realmRole() {
    return realmRole;
  }

  /** Art. 4: the province-wide role exists in the province's realm only. */
  public boolean provinceOnly() {
    return this == PROVINCE_ADMIN;
  }

  /** Art. 4, Art. 18: staff of a using unit, who belong to exactly one unit. */
  public boolean isUnitStaff() {
    return this == UNIT_APPLICANT || this == UNIT_SECURITY_OFFICER;
  }

  /** Every staff role of a tenant's own work (all but the province-wide oversight role). */
  public static Role[] tenantStaff() {
    return Arrays.stream(values()).filter(role -> !role.provinceOnly()).toArray(Role[]::new);
  }

  public static Optional<Role> ofRealmRole(String name) {
    return Arrays.stream(values()).filter(r -> r.realmRole.equals(name)).findFirst();
  }
}
