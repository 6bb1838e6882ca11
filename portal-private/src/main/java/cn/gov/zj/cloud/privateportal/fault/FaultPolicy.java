package cn.gov.zj.cloud.privateportal.fault;

import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.privateportal.security.Actor;

/** Art. 13: who may see and report faults; the one place that says it. */
final class FaultPolicy {

  /** The unit's staff (their unit's faults), the provider, the reviewer and the administrator. */
  static final Role[] READERS = {
    Role.UNIT_APPLICANT,
    Role.UNIT_SECURITY_OFFICER,
    Role.PROVIDER_OPERATOR,
    Role.REVIEWER,
    Role.TENANT_ADMIN
  };

  /** Art. 13: the unit's staff report faults of their unit's systems. */
  static final Role[] REPORTERS = {Role.UNIT_APPLICANT, Role.UNIT_SECURITY_OFFICER};

  private FaultPolicy() {}

  static void requireRead(Actor actor) {
    actor.require(READERS);
  }

  static void requireReport(Actor actor) {
    actor.require(REPORTERS);
  }
}
