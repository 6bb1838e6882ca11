package cn.gov.zj.cloud.privateportal.rules;

import cn.gov.zj.cloud.domain.rules.SecurityLimits;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.audit.AuditAction;
import cn.gov.zj.cloud.privateportal.audit.AuditLog;
import cn.gov.zj.cloud.privateportal.security.Actor;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import cn.gov.zj.cloud.privateportal.tenant.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;

/**
 * Art. 17, 20, Art. 25: the security limits in force for the actor's tenant (the provincial
 * defaults, or the tenant's shorter ones, which its administrator sets, stored as the fault targets
 * are): the findings' rectification deadlines and the longest access grant. A change applies to
 * findings recorded (or reopened) and grants asked after it.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class SecurityRules {

  @PersistenceContext(unitName = "private")
  private EntityManager em;

  @Inject private CurrentActor actor;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /** Art. 25: the limits in force in the actor's tenant. */
  public SecurityLimits limits() {
    SecurityLimits local =
        LocalAmounts.load(em, "security_rules", "rules", actor.get().tenant().id().value())
            .map(amounts -> SecurityLimits.local(amounts, new Violations()))
            .orElse(null);
    return local == null ? SecurityLimits.provincial() : local;
  }

  /**
   * Art. 25: the tenant administrator sets the tenant's limits, shorter than the provincial ones or
   * equal ({@code {"deadlines.HIGH": 3, "grant.maxDays": 5}}; a field left out keeps the default).
   *
   * @throws cn.gov.zj.cloud.domain.validation.InvalidInputException naming each refused field
   */
  public SecurityLimits change(Map<String, Integer> amounts) {
    Actor who = actor.get();
    who.require(Role.TENANT_ADMIN);
    Violations violations = new Violations();
    SecurityLimits local = SecurityLimits.local(amounts, violations);
    violations.throwIfAny();
    SecurityLimits before = limits();
    LocalAmounts.store(
        em,
        "security_rules",
        "rules",
        who.tenant().id().value(),
        local.shortened(),
        clock.instant(),
        who.username());
    audit.record(
        who,
        AuditAction.SECURITY_RULES_CHANGE,
        "security-rules",
        who.tenant().id().value(),
        before.inForce(),
        local.inForce());
    return local;
  }
}
