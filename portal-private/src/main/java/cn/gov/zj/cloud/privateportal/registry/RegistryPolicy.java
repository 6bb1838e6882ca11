package cn.gov.zj.cloud.privateportal.registry;

import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.privateportal.security.Actor;

/** Who may do what in the registry (Art. 3, 4, 18, 25); the one place that says it. */
final class RegistryPolicy {

  /** Roles that see every system of their tenant, not only their unit's. */
  private static final Role[] TENANT_WIDE = {
    Role.TENANT_ADMIN, Role.REVIEWER, Role.PROVIDER_OPERATOR, Role.SECURITY_SUPERVISOR
  };

  private RegistryPolicy() {}

  /** Art. 25: the tenant administrator manages the tenant's using units. */
  static void requireManageUnits(Actor actor) {
    actor.require(Role.TENANT_ADMIN);
  }

  /** Any staff role of the tenant reads its units. */
  static void requireReadUnits(Actor actor) {
    actor.require(Role.values());
  }

  /** Art. 3: unit applicants register and edit their own unit's systems. */
  static void requireRegisterSystems(Actor actor) {
    actor.require(Role.UNIT_APPLICANT);
  }

  /** Art. 3: the unit applicant retires their unit's systems, the tenant administrator any. */
  static void requireRetireSystems(Actor actor) {
    actor.require(Role.UNIT_APPLICANT, Role.TENANT_ADMIN);
  }

  /** Art. 3, Art. 25: the tenant administrator imports the tenant's units and systems in bulk. */
  static void requireImport(Actor actor) {
    actor.require(Role.TENANT_ADMIN);
  }

  /** Unit staff read their unit's systems; department, provider and supervisors the tenant's. */
  static void requireReadSystems(Actor actor) {
    actor.require(Role.tenantStaff());
  }

  /** True when the actor sees only the systems of their own unit. */
  static boolean limitedToOwnUnit(Actor actor) {
    return !actor.hasAny(TENANT_WIDE);
  }
}
