package cn.gov.zj.cloud.privateportal.rules;

import cn.gov.zj.cloud.domain.rules.RuleBook;
import cn.gov.zj.cloud.domain.rules.RuleHistory;
import cn.gov.zj.cloud.domain.rules.RuleVersion;
import cn.gov.zj.cloud.domain.rules.RulesDraft;
import cn.gov.zj.cloud.domain.rules.RulesInForce;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.privateportal.audit.AuditAction;
import cn.gov.zj.cloud.privateportal.audit.AuditLog;
import cn.gov.zj.cloud.privateportal.security.Actor;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import cn.gov.zj.cloud.privateportal.tenant.RowScope;
import cn.gov.zj.cloud.privateportal.tenant.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Art. 25: the deadline rules of the actor's tenant: the provincial defaults that the province
 * administrator keeps, and the tenant's local rules, never longer; each change takes effect for
 * steps that start after it.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class DeadlineRuleBook {

  @PersistenceContext(unitName = "private")
  private EntityManager em;

  @Inject private CurrentActor actor;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /** The provincial and the tenant's rule histories. */
  public RuleBook book() {
    String tenant = actor.get().tenant().id().value();
    return new RuleBook(RuleStore.history(em, RuleStore.PROVINCE), RuleStore.history(em, tenant));
  }

  /** The rules for a step starting now. */
  public RulesInForce inForceNow() {
    return book().inForceFor(clock.instant());
  }

  /** Art. 25: the tenant administrator sets local rules, from {@code effectiveFrom} or now. */
  public RuleVersion changeLocal(RulesDraft draft, Instant effectiveFrom) {
    Actor who = actor.get();
    who.require(Role.TENANT_ADMIN);
    Instant now = clock.instant();
    RuleHistory local =
        book().changeLocal(draft, effectiveFrom == null ? now : effectiveFrom, now).local();
    return store(who, who.tenant().id().value(), local, AuditAction.RULES_LOCAL_CHANGE);
  }

  /** Art. 25: the province administrator changes the provincial defaults. */
  public RuleVersion changeProvincial(RulesDraft draft, Instant effectiveFrom) {
    Actor who = actor.get();
    who.require(Role.PROVINCE_ADMIN);
    Instant now = clock.instant();
    RuleHistory provincial =
        book()
            .changeProvincial(draft, effectiveFrom == null ? now : effectiveFrom, now)
            .provincial();
    RowScope.provincialRules(em);
    return store(who, RuleStore.PROVINCE, provincial, AuditAction.RULES_PROVINCIAL_CHANGE);
  }

  private RuleVersion store(Actor who, String scope, RuleHistory history, AuditAction action) {
    RuleVersion added = history.latest().orElseThrow();
    RuleStore.append(em, scope, added, who.username());
    audit.record(who, action, "rules", scope + "#" + added.number(), null, snapshot(added));
    return added;
  }

  private static Map<String, Object> snapshot(RuleVersion version) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("effectiveFrom", version.effectiveFrom().toString());
    version.rules().limitDays().forEach((step, days) -> state.put(step.name(), days));
    state.put("trialMin", version.rules().trial().minDays());
    state.put("trialMax", version.rules().trial().maxDays());
    return state;
  }
}
