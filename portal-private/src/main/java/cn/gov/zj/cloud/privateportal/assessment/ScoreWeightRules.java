package cn.gov.zj.cloud.privateportal.assessment;

import cn.gov.zj.cloud.domain.assessment.ScoreWeights;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.audit.AuditAction;
import cn.gov.zj.cloud.privateportal.audit.AuditLog;
import cn.gov.zj.cloud.privateportal.rules.LocalAmounts;
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
 * Art. 22, 25: the weights of the unit score in force for the tenant: its own, set by its
 * administrator within the published bounds (audited), or the province's defaults.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class ScoreWeightRules {

  private static final String TABLE = "assessment_weights";
  private static final String COLUMN = "weights";

  @PersistenceContext(unitName = "private")
  private EntityManager em;

  @Inject private CurrentActor actor;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /** Art. 22: the weights in force, for whoever reads the unit assessment. */
  public ScoreWeights inForce() {
    Actor who = actor.get();
    who.require(UnitAssessments.READERS);
    return inForce(em, who.tenant().id().value());
  }

  /** Art. 25: the tenant's own weights; each out of bounds is named (400), nothing stored. */
  public ScoreWeights set(Map<String, Integer> values) {
    Actor who = actor.get();
    who.require(Role.TENANT_ADMIN);
    Violations violations = new Violations();
    ScoreWeights weights = ScoreWeights.local(values, violations);
    violations.throwIfAny();
    String tenant = who.tenant().id().value();
    ScoreWeights before = inForce(em, tenant);
    LocalAmounts.store(
        em, TABLE, COLUMN, tenant, weights.values(), clock.instant(), who.username());
    audit.record(
        who,
        AuditAction.ASSESSMENT_WEIGHTS_CHANGE,
        "assessment-weights",
        tenant,
        before.values(),
        weights.values());
    return weights;
  }

  /** The tenant's weights in the caller's transaction and row scope. */
  static ScoreWeights inForce(EntityManager em, String tenant) {
    return LocalAmounts.load(em, TABLE, COLUMN, tenant)
        .map(stored -> ScoreWeights.local(stored, new Violations()))
        .orElse(ScoreWeights.PROVINCIAL);
  }
}
