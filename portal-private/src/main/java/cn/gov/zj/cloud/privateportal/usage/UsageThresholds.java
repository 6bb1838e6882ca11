package cn.gov.zj.cloud.privateportal.usage;

import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.usage.UsageRules;
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
 * Art. 15, Art. 25: the advice thresholds of the tenant: its own values (local rules) set by the
 * tenant's administrator, or the provincial defaults; read by whoever reads the reports.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class UsageThresholds {

  @PersistenceContext(unitName = "private")
  private EntityManager em;

  @Inject private CurrentActor actor;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /** The thresholds in force for the actor's tenant. */
  public UsageRules inForce() {
    Actor who = actor.get();
    who.require(UtilizationReports.READERS);
    return UsageRulesStore.inForce(em, who.tenant().id().value());
  }

  /** Art. 25: the tenant's own thresholds, each named when out of range or out of order. */
  public UsageRules set(Map<String, Integer> values) {
    Actor who = actor.get();
    who.require(Role.TENANT_ADMIN);
    Violations violations = new Violations();
    UsageRules rules = UsageRules.local(values, violations);
    violations.throwIfAny();
    String tenant = who.tenant().id().value();
    UsageRules before = UsageRulesStore.inForce(em, tenant);
    em.createNativeQuery(
            "insert into usage_rules (tenant_id, idle_cpu_p95, idle_mem, idle_days, min_days,"
                + " over_pct, under_pct, target_pct, changed_at, changed_by)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) on conflict (tenant_id) do"
                + " update set idle_cpu_p95 = excluded.idle_cpu_p95, idle_mem = excluded.idle_mem,"
                + " idle_days = excluded.idle_days, min_days = excluded.min_days,"
                + " over_pct = excluded.over_pct, under_pct = excluded.under_pct,"
                + " target_pct = excluded.target_pct, changed_at = excluded.changed_at,"
                + " changed_by = excluded.changed_by")
        .setParameter(1, tenant)
        .setParameter(2, rules.idleCpuP95Pct())
        .setParameter(3, rules.idleMemPct())
        .setParameter(4, rules.idleDaysPct())
        .setParameter(5, rules.minDays())
        .setParameter(6, rules.overPct())
        .setParameter(7, rules.underPct())
        .setParameter(8, rules.targetPct())
        .setParameter(9, Timestamp.from(clock.instant()))
        .setParameter(10, who.username())
        .executeUpdate();
    audit.record(
        who,
        AuditAction.USAGE_RULES_CHANGE,
        "usage-rules",
        tenant,
        before.values(),
        rules.values());
    return rules;
  }
}
