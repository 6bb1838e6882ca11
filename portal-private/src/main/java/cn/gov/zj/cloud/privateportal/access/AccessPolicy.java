package cn.gov.zj.cloud.privateportal.access;

import cn.gov.zj.cloud.domain.registry.OfficerAccount;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.privateportal.security.Actor;

/**
 * Art. 20: who may do what with access grants and sessions; the one place that says it. The
 * provider asks and records; the unit's staff grant and decide (the unit's security officer, Art.
 * 18, and its applicant while the registry names no officer account); the competent department
 * reviews emergency access beside the officer; the tenant's oversight roles read.
 */
final class AccessPolicy {

  static final Role[] READERS = {
    Role.PROVIDER_OPERATOR,
    Role.UNIT_SECURITY_OFFICER,
    Role.UNIT_APPLICANT,
    Role.REVIEWER,
    Role.SECURITY_SUPERVISOR,
    Role.TENANT_ADMIN
  };

  static final Role[] DECIDERS = {Role.UNIT_SECURITY_OFFICER, Role.UNIT_APPLICANT};

  static final Role[] REVIEWERS = {Role.UNIT_SECURITY_OFFICER, Role.REVIEWER};

  private AccessPolicy() {}

  /** The provider asks for a grant; the unit's staff give one without being asked. */
  static void requireAskOrGrant(Actor actor) {
    actor.require(Role.PROVIDER_OPERATOR, Role.UNIT_SECURITY_OFFICER, Role.UNIT_APPLICANT);
  }

  /** True when the actor grants for their unit (the grant is approved at once). */
  static boolean grantsDirectly(Actor actor) {
    return actor.hasAny(DECIDERS);
  }

  /**
   * Art. 18, Art. 20: unit staff decide for a system only when it names no officer account, else
   * its officer alone (holding the unit-security-officer role); 403 saying the officer decides.
   */
  static void requireDecidesFor(Actor actor, String officerAccount) {
    boolean officer =
        actor.has(Role.UNIT_SECURITY_OFFICER)
            && OfficerAccount.decides(officerAccount, actor.username());
    if (officerAccount != null && !officer) {
      throw new AccessRefused("OFFICER_DECIDES", "access.grant.officerDecides");
    }
  }

  /** Art. 20: every access is recorded by the provider (its jump host or staff). */
  static void requireRecord(Actor actor) {
    actor.require(Role.PROVIDER_OPERATOR);
  }
}
