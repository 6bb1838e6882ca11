package cn.gov.zj.cloud.realm;

import cn.gov.zj.cloud.domain.demo.DemoUnit;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.tenant.Tenant;
import java.util.List;
import java.util.Map;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Development only: one user {@code <tenant>.<role>} with password {@code demo} for every role of a
 * tenant's realm. Only the two unit roles belong to the tenant's demo unit: reviewers and providers
 * are not staff of a using unit (Art. 4).
 */
final class DemoUsers {

  static final String PASSWORD = "demo";

  private static final Map<Role, String> TITLES_ZH =
      Map.of(
          Role.UNIT_APPLICANT, "使用单位经办人",
          Role.UNIT_SECURITY_OFFICER, "单位安全管理员",
          Role.REVIEWER, "行政主管部门审核员",
          Role.PROVIDER_OPERATOR, "政务云供应商运维",
          Role.SECURITY_SUPERVISOR, "信息安全监管",
          Role.TENANT_ADMIN, "租户管理员",
          Role.PROVINCE_ADMIN, "省级管理员");

  private DemoUsers() {}

  static List<UserRepresentation> of(Tenant tenant) {
    return RealmTemplate.rolesOf(tenant).stream().map(role -> user(tenant, role)).toList();
  }

  static String username(Tenant tenant, Role role) {
    return tenant.id().value() + "." + role.realmRole();
  }

  static boolean belongsToUnit(Role role) {
    return role == Role.UNIT_APPLICANT || role == Role.UNIT_SECURITY_OFFICER;
  }

  private static UserRepresentation user(Tenant tenant, Role role) {
    UserRepresentation user = new UserRepresentation();
    user.setUsername(username(tenant, role));
    user.setEmail(username(tenant, role) + "@demo.zjzwy.gov.cn");
    user.setFirstName(TITLES_ZH.get(role));
    user.setLastName(tenant.nameZh());
    user.setEnabled(true);
    user.setEmailVerified(true);
    user.setRealmRoles(List.of(role.realmRole()));
    if (belongsToUnit(role)) {
      user.setAttributes(
          Map.of(UnitAttribute.NAME, List.of(DemoUnit.of(tenant).creditCode().value())));
    }
    CredentialRepresentation password = new CredentialRepresentation();
    password.setType(CredentialRepresentation.PASSWORD);
    password.setValue(PASSWORD);
    password.setTemporary(false);
    user.setCredentials(List.of(password));
    return user;
  }
}
