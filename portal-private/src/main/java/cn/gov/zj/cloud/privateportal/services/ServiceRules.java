package cn.gov.zj.cloud.privateportal.services;

import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.services.ServiceTargets;
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
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;

/**
 * Art. 14, Art. 25: the service targets in force for the actor's tenant (the response to a service
 * request, the training sessions a quarter) and the tenant administrator's local rule for them:
 * never a longer response, never fewer sessions than the provincial defaults. A change applies to
 * requests opened after it and to the quarters the scan checks from then on.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class ServiceRules {

  @PersistenceContext(unitName = "private")
  private EntityManager em;

  @Inject private CurrentActor actor;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /** Art. 25: the targets in force in the actor's tenant. */
  public ServiceTargets targets() {
    return ServiceTargetsInForce.of(em, actor.get().tenant().id().value());
  }

  /**
   * Art. 25: the tenant administrator sets the tenant's targets ({@code responseWorkingDays},
   * {@code sessionsPerQuarter}; one left out keeps the provincial default); audited.
   *
   * @throws cn.gov.zj.cloud.domain.validation.InvalidInputException naming each refused field
   */
  public ServiceTargets change(Map<String, Integer> values) {
    Actor who = actor.get();
    who.require(Role.TENANT_ADMIN);
    Violations violations = new Violations();
    ServiceTargets local = ServiceTargets.local(values, violations);
    violations.throwIfAny();
    String tenant = who.tenant().id().value();
    ServiceTargets before = ServiceTargetsInForce.of(em, tenant);
    em.createNativeQuery(
            "insert into service_targets (tenant_id, response_days, sessions_per_quarter,"
                + " changed_at, changed_by) values (?1, ?2, ?3, ?4, ?5) on conflict (tenant_id)"
                + " do update set response_days = excluded.response_days,"
                + " sessions_per_quarter = excluded.sessions_per_quarter,"
                + " changed_at = excluded.changed_at, changed_by = excluded.changed_by")
        .setParameter(1, tenant)
        .setParameter(2, local.response().value())
        .setParameter(3, local.sessionsPerQuarter())
        .setParameter(4, Timestamp.from(clock.instant()))
        .setParameter(5, who.username())
        .executeUpdate();
    audit.record(
        who,
        AuditAction.SERVICE_TARGETS_CHANGE,
        "service-targets",
        tenant,
        before.values(),
        local.values());
    return local;
  }
}
