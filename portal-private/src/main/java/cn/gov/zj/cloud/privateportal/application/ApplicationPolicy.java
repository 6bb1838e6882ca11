package cn.gov.zj.cloud.privateportal.application;

import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.privateportal.registry.Systems;
import cn.gov.zj.cloud.privateportal.security.Actor;

/**
 * Art. 6: who sees which applications. Unit staff see their own unit's; the department, the
 * provider and the supervisors see the tenant's. Who may fire each action is the lifecycle's
 * ({@code cn.gov.zj.cloud.domain.application.Action}).
 */
final class ApplicationPolicy {

  private ApplicationPolicy() {}

  static void requireRead(Actor actor) {
    actor.require(Role.tenantStaff());
  }

  /** True when the actor's view (their unit, or the whole tenant) includes the application. */
  static boolean sees(CloudApplication application, Systems systems) {
    Long unit = systems.visibleUnit();
    return unit == null || unit.equals(application.getUnitId());
  }
}
