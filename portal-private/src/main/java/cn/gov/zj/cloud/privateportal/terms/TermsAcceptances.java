package cn.gov.zj.cloud.privateportal.terms;

import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.terms.TermsOfUse;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.audit.AuditAction;
import cn.gov.zj.cloud.privateportal.audit.AuditLog;
import cn.gov.zj.cloud.privateportal.registry.Units;
import cn.gov.zj.cloud.privateportal.registry.UsingUnit;
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
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Art. 16 (第十六条): the using units' acceptances of the terms of lawful use. A unit's staff accept
 * the version in force once, before the unit's first application; a second acceptance keeps the
 * first. Any staff role of the tenant reads whether a unit accepted.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class TermsAcceptances {

  private static final Role[] UNIT_STAFF = {Role.UNIT_APPLICANT, Role.UNIT_SECURITY_OFFICER};

  @PersistenceContext(unitName = "private")
  private EntityManager em;

  @Inject private CurrentActor actor;
  @Inject private Units units;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /** Art. 16: the terms in force. */
  public TermsOfUse current() {
    return TermsOfUse.CURRENT;
  }

  /** Art. 16: the acceptance of the terms in force by the actor's unit; empty when none. */
  public Optional<Acceptance> ofOwnUnit() {
    Actor who = actor.get();
    who.require(Role.tenantStaff());
    return ownUnit(who).flatMap(unit -> of(unit.getId()));
  }

  /** True when the actor is staff of a using unit, who accepts for it. */
  public boolean acceptsForUnit() {
    Actor who = actor.get();
    return who.hasAny(UNIT_STAFF) && ownUnit(who).isPresent();
  }

  /**
   * Art. 16: the actor's unit accepts {@code version} (the one in force, else 400 naming {@code
   * version}); the acceptance kept and audited once, a second one answers the first.
   *
   * @param violations faults already found in the input (e.g. unknown fields)
   * @return the kept acceptance and whether this call made it
   */
  public Accepted accept(String version, Violations violations) {
    Actor who = actor.get();
    who.require(UNIT_STAFF);
    current().checkAccepted(version, violations);
    Optional<UsingUnit> unit = ownUnit(who);
    if (unit.isEmpty()) {
      violations.addOnce("unitId", "registry.system.unit.missing");
    }
    violations.throwIfAny();
    long unitId = unit.get().getId();
    int inserted =
        em.createNativeQuery(
                "insert into terms_acceptance (tenant_id, unit_id, version, accepted_by,"
                    + " accepted_at) values (?1, ?2, ?3, ?4, ?5)"
                    + " on conflict (tenant_id, unit_id, version) do nothing")
            .setParameter(1, who.tenant().id().value())
            .setParameter(2, unitId)
            .setParameter(3, current().version())
            .setParameter(4, who.username())
            .setParameter(5, Timestamp.from(clock.instant()))
            .executeUpdate();
    Acceptance kept = of(unitId).orElseThrow();
    if (inserted == 1) {
      audit.record(
          who,
          AuditAction.TERMS_ACCEPT,
          "unit",
          unitId,
          null,
          Map.of("version", kept.version(), "acceptedBy", kept.acceptedBy()));
    }
    return new Accepted(kept, inserted == 1);
  }

  /** Art. 16: an acceptance and whether the call that answered it made it. */
  public record Accepted(Acceptance acceptance, boolean created) {}

  /**
   * Art. 16: refuses (409 {@code terms.notAccepted}) when the unit has not accepted the terms in
   * force: its application is not submitted.
   */
  public void requireAccepted(long unitId) {
    if (!current().admits(of(unitId).map(Acceptance::version))) {
      throw new TermsNotAccepted(current().version());
    }
  }

  /** Art. 16: the unit's acceptance of the terms in force; empty when none. */
  public Optional<Acceptance> of(long unitId) {
    return acceptances(List.of(unitId)).values().stream().findFirst();
  }

  /** Art. 16: the acceptances of the terms in force by those units, by unit id. */
  public Map<Long, Acceptance> acceptances(Collection<Long> unitIds) {
    if (unitIds.isEmpty()) {
      return Map.of();
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select unit_id, version, accepted_by, accepted_at from terms_acceptance"
                    + " where version = ?1 and unit_id = any(cast(?2 as bigint[]))")
            .setParameter(1, current().version())
            .setParameter(2, unitIds.stream().map(String::valueOf).collect(array()))
            .getResultList();
    return rows.stream()
        .map(TermsAcceptances::acceptance)
        .collect(Collectors.toMap(Acceptance::unitId, Function.identity()));
  }

  private static java.util.stream.Collector<CharSequence, ?, String> array() {
    return Collectors.joining(",", "{", "}");
  }

  private static Acceptance acceptance(Object[] row) {
    return new Acceptance(
        ((Number) row[0]).longValue(),
        (String) row[1],
        (String) row[2],
        ((Timestamp) row[3]).toInstant());
  }

  private Optional<UsingUnit> ownUnit(Actor who) {
    return who.unit().flatMap(units::byCreditCode).filter(unit -> !unit.isRetired());
  }
}
