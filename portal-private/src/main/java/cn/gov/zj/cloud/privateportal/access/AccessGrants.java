package cn.gov.zj.cloud.privateportal.access;

import cn.gov.zj.cloud.domain.access.GrantAction;
import cn.gov.zj.cloud.domain.access.GrantState;
import cn.gov.zj.cloud.domain.access.WindowRule;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.validation.Texts;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.audit.AuditAction;
import cn.gov.zj.cloud.privateportal.audit.AuditLog;
import cn.gov.zj.cloud.privateportal.notification.Notice;
import cn.gov.zj.cloud.privateportal.notification.Notices;
import cn.gov.zj.cloud.privateportal.notification.NotificationKind;
import cn.gov.zj.cloud.privateportal.paging.Page;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
import cn.gov.zj.cloud.privateportal.registry.AppSystem;
import cn.gov.zj.cloud.privateportal.registry.Systems;
import cn.gov.zj.cloud.privateportal.security.Actor;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import cn.gov.zj.cloud.privateportal.tenant.NotFound;
import cn.gov.zj.cloud.privateportal.tenant.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Art. 20 (第二十条): the unit's time-bounded authorizations of provider access to its systems' cloud
 * hosts, databases and storage. The provider asks, the unit's staff approve, refuse or revoke (Art.
 * 18: the system's officer alone, when it names an officer account); a unit may grant without being
 * asked. The unit sees its systems' grants, the provider and the tenant's oversight roles all of
 * the tenant's, nobody outside the tenant any.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class AccessGrants {

  /** A purpose is at most this long. */
  public static final int MAX_PURPOSE = 2000;

  private static final String FILTER =
      " where g.tenant_id = ?1 and (cast(?2 as bigint) is null or g.unit_id = cast(?2 as bigint))"
          + " and (cast(?3 as bigint) is null or g.system_id = cast(?3 as bigint))"
          + " and (cast(?4 as varchar) is null"
          + "   or (?4 = 'EXPIRED' and g.state = 'APPROVED' and g.valid_until <= ?5)"
          + "   or (?4 = 'APPROVED' and g.state = 'APPROVED' and g.valid_until > ?5)"
          + "   or (?4 not in ('EXPIRED', 'APPROVED') and g.state = ?4))"
          + " and (cast(?6 as varchar) is null or strpos(lower(s.name || ' ' || g.purpose),"
          + " lower(cast(?6 as varchar))) > 0)";

  @PersistenceContext(unitName = "private")
  private EntityManager em;

  @Inject private CurrentActor actor;
  @Inject private Systems systems;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /** Art. 20: the rule of the window; Art. 25: a local rule may only shorten it. */
  public WindowRule rule() {
    return WindowRule.DEFAULT;
  }

  /**
   * Art. 20: the provider's request (REQUESTED, the unit's officer told), or the unit's grant
   * without being asked (APPROVED at once). 400 naming each invalid field, nothing stored.
   */
  public AccessGrant ask(GrantDraft draft, Violations violations) {
    Actor who = actor.get();
    AccessPolicy.requireAskOrGrant(who);
    Instant now = clock.instant();
    AppSystem system = system(draft.systemId(), violations);
    if (draft.scopes() == null || draft.scopes().isEmpty()) {
      violations.addOnce("scope", "access.scope.empty");
    }
    String purpose = Texts.required("purpose", draft.purpose(), MAX_PURPOSE, violations);
    rule().check(draft.from(), draft.until(), now, violations);
    violations.throwIfAny();
    boolean direct = AccessPolicy.grantsDirectly(who);
    if (direct) {
      AccessPolicy.requireDecidesFor(who, system.getSecurityOfficerAccount());
    }
    GrantState state = direct ? GrantState.APPROVED : GrantState.REQUESTED;
    long id = insert(who, system, draft, purpose, state, now);
    audit.record(
        who,
        direct ? AuditAction.ACCESS_GRANT_GIVEN : AuditAction.ACCESS_GRANT_REQUEST,
        "access-grant",
        id,
        null,
        snapshot(get(id)));
    if (!direct) {
      tellUnit(who, system, id, draft, now);
    }
    return get(id);
  }

  /** Art. 20: approve, refuse or revoke; 409 with what is allowed now when the state forbids it. */
  public AccessGrant act(long id, GrantAction action) {
    Actor who = actor.get();
    AccessGrant grant = get(id);
    who.require(AccessPolicy.DECIDERS);
    AccessPolicy.requireDecidesFor(who, systems.officerAccountOf(grant.systemId()));
    Instant now = clock.instant();
    boolean expired =
        grant.expired(now) || grant.state() == GrantState.REQUESTED && !now.isBefore(grant.until());
    if (!action.allowedFrom(grant.state()) || expired) {
      throw new GrantConflict(grant.state(), action, expired);
    }
    String by = action == GrantAction.REVOKE ? "revoked" : "decided";
    em.createNativeQuery(
            "update access_grant set state = ?1, "
                + by
                + "_by = ?2, "
                + by
                + "_at = ?3, version = version + 1 where id = ?4 and state = ?5")
        .setParameter(1, action.target().name())
        .setParameter(2, who.username())
        .setParameter(3, Timestamp.from(now))
        .setParameter(4, id)
        .setParameter(5, grant.state().name())
        .executeUpdate();
    AccessGrant after = get(id);
    audit.record(who, audited(action), "access-grant", id, snapshot(grant), snapshot(after));
    return after;
  }

  /** A grant the actor sees, else 404 (another tenant's, another unit's). */
  public AccessGrant get(long id) {
    Actor who = actor.get();
    who.require(AccessPolicy.READERS);
    Query query =
        em.createNativeQuery(
            "select " + AccessGrant.COLUMNS + AccessGrant.FROM + FILTER + " and g.id = ?7");
    bind(query, who, null, null, null).setParameter(7, id);
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream()
        .findFirst()
        .map(AccessGrant::of)
        .orElseThrow(() -> new NotFound("access-grant", id));
  }

  /** Art. 20: the grants the actor sees, newest first; {@code state} may be EXPIRED. */
  public Page<AccessGrant> list(Long systemId, String state, PageRequest request) {
    Actor who = actor.get();
    who.require(AccessPolicy.READERS);
    Query count = em.createNativeQuery("select count(*)" + AccessGrant.FROM + FILTER);
    bind(count, who, systemId, state, request.search());
    Query rows =
        em.createNativeQuery(
            "select "
                + AccessGrant.COLUMNS
                + AccessGrant.FROM
                + FILTER
                + " order by g.requested_at desc, g.id desc offset ?7 limit ?8");
    bind(rows, who, systemId, state, request.search())
        .setParameter(7, request.offset())
        .setParameter(8, request.size());
    @SuppressWarnings("unchecked")
    List<Object[]> result = rows.getResultList();
    return new Page<>(
        result.stream().map(AccessGrant::of).toList(),
        request.page(),
        request.size(),
        ((Number) count.getSingleResult()).longValue());
  }

  /** Art. 20: the approved grants of one system (any window), for coverage. */
  List<AccessGrant> ofSystem(long systemId) {
    Actor who = actor.get();
    Query query =
        em.createNativeQuery(
            "select "
                + AccessGrant.COLUMNS
                + AccessGrant.FROM
                + FILTER
                + " and g.state in ('APPROVED', 'REVOKED')");
    bind(query, who, systemId, null, null);
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream().map(AccessGrant::of).toList();
  }

  /**
   * A system of the tenant that the actor may name: unit staff only their unit's; an unknown one is
   * a 400 naming {@code systemId} (nothing is said of other units' systems).
   */
  AppSystem system(Long systemId, Violations violations) {
    if (systemId == null) {
      violations.addOnce("systemId", "validation.required");
      return null;
    }
    AppSystem system = em.find(AppSystem.class, systemId);
    Long unit = systems.visibleUnit();
    if (system == null || unit != null && !unit.equals(system.getUnitId())) {
      violations.addOnce("systemId", "access.system.unknown");
      return null;
    }
    return system;
  }

  private long insert(
      Actor who,
      AppSystem system,
      GrantDraft draft,
      String purpose,
      GrantState state,
      Instant now) {
    boolean direct = state == GrantState.APPROVED;
    Object id =
        em.createNativeQuery(
                "insert into access_grant (tenant_id, system_id, unit_id, scopes, purpose,"
                    + " valid_from, valid_until, state, requested_by, requested_at, decided_by,"
                    + " decided_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10,"
                    + " cast(?11 as varchar), cast(?12 as timestamptz)) returning id")
            .setParameter(1, who.tenant().id().value())
            .setParameter(2, system.getId())
            .setParameter(3, system.getUnitId())
            .setParameter(4, AccessGrant.stored(EnumSet.copyOf(draft.scopes())))
            .setParameter(5, purpose)
            .setParameter(6, Timestamp.from(draft.from()))
            .setParameter(7, Timestamp.from(draft.until()))
            .setParameter(8, state.name())
            .setParameter(9, who.username())
            .setParameter(10, Timestamp.from(now))
            .setParameter(11, direct ? who.username() : null)
            .setParameter(12, direct ? Timestamp.from(now) : null)
            .getSingleResult();
    return ((Number) id).longValue();
  }

  /** Art. 20: the unit's security officer hears of the request at once (in the portal, by mail). */
  private void tellUnit(Actor who, AppSystem system, long id, GrantDraft draft, Instant now) {
    Notices.write(
        em,
        new Notice(
            who.tenant().id().value(),
            Role.UNIT_SECURITY_OFFICER,
            system.getUnitId(),
            null,
            NotificationKind.ACCESS_REQUESTED,
            List.of(system.getName(), draft.purpose().strip()),
            "access-grant:" + id,
            new Notice.Facts(who.username(), null, null, null)),
        now);
  }

  private Query bind(Query query, Actor who, Long systemId, String state, String search) {
    return query
        .setParameter(1, who.tenant().id().value())
        .setParameter(2, systems.visibleUnit())
        .setParameter(3, systemId)
        .setParameter(4, state)
        .setParameter(5, Timestamp.from(clock.instant()))
        .setParameter(6, search == null || search.isBlank() ? null : search.strip());
  }

  private static AuditAction audited(GrantAction action) {
    return switch (action) {
      case APPROVE -> AuditAction.ACCESS_GRANT_APPROVE;
      case REFUSE -> AuditAction.ACCESS_GRANT_REFUSE;
      case REVOKE -> AuditAction.ACCESS_GRANT_REVOKE;
    };
  }

  static Map<String, Object> snapshot(AccessGrant grant) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("systemId", grant.systemId());
    state.put("scopes", AccessGrant.stored(grant.scopes()));
    state.put("state", grant.state().name());
    state.put("from", grant.from().toString());
    state.put("until", grant.until().toString());
    return state;
  }
}
