package cn.gov.zj.cloud.privateportal.services;

import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.privateportal.registry.Systems;
import cn.gov.zj.cloud.privateportal.security.Actor;

/**
 * Art. 14: who works with the provider's services: unit staff (their own unit's requests and
 * registrations), the provider, the department and the tenant's administrator (the tenant's).
 */
public final class ServiceRoles {

  /** The roles that read service requests and sessions. */
  public static final Role[] READERS = {
    Role.UNIT_APPLICANT,
    Role.UNIT_SECURITY_OFFICER,
    Role.PROVIDER_OPERATOR,
    Role.REVIEWER,
    Role.TENANT_ADMIN
  };

  /** Unit staff: they ask for help and register for sessions. */
  public static final Role[] UNIT_STAFF = {Role.UNIT_APPLICANT, Role.UNIT_SECURITY_OFFICER};

  private static final Role[] TENANT_WIDE = {
    Role.PROVIDER_OPERATOR, Role.REVIEWER, Role.TENANT_ADMIN
  };

  private ServiceRoles() {}

  /** The unit whose records alone the actor sees (null: the tenant's); 403 for other roles. */
  static Long unitScope(Actor who, Systems systems) {
    who.require(READERS);
    return who.hasAny(TENANT_WIDE) ? null : systems.visibleUnit();
  }
}
