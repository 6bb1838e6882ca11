package cn.gov.zj.cloud.privateportal.access;

import cn.gov.zj.cloud.domain.access.Coverage;
import cn.gov.zj.cloud.domain.access.Emergency;
import cn.gov.zj.cloud.domain.access.Grant;
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
import cn.gov.zj.cloud.privateportal.rest.Conflict;
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
import java.util.List;
import java.util.Map;

/**
 * Art. 20 (第二十条): every access to a unit's resources, recorded by the provider's jump host or
 * staff, admitted only while an approved, unexpired, unrevoked grant covers the system, scope and
 * moment (403 with the reason otherwise, nothing stored). An emergency access without a grant is
 * admitted with its reason, told at once to the unit's security officer and the competent
 * department, and reviewed by one of them afterwards.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class AccessSessions {

  /** An operator's name is at most this long. */
  public static final int MAX_OPERATOR = 200;

  /** A summary is at most this long. */
  public static final int MAX_SUMMARY = 4000;

  private static final String FILTER =
      " where a.tenant_id = ?1 and (cast(?2 as bigint) is null or a.unit_id = cast(?2 as bigint))"
          + " and (cast(?3 as bigint) is null or a.system_id = cast(?3 as bigint))"
          + " and (?4 = false or (a.emergency and a.reviewed_at is null))"
          + " and (cast(?5 as varchar) is null or strpos(lower(s.name || ' ' || a.operator || ' '"
          + " || a.purpose), lower(cast(?5 as varchar))) > 0)";

  @PersistenceContext(unitName = "private")
  private EntityManager em;

  @Inject private CurrentActor actor;
  @Inject private Systems systems;
  @Inject private AccessGrants grants;
  @Inject private AccessRefusals refusals;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /** Art. 20: records the start of an access; 403 with the reason when no grant covers it. */
  public AccessSession start(SessionDraft draft, Violations violations) {
    Actor who = actor.get();
    AccessPolicy.requireRecord(who);
    AppSystem system = grants.system(draft.systemId(), violations);
    if (draft.scope() == null) {
      violations.addOnce("scope", "validation.required");
    }
    String operator = Texts.requiredLine("operator", draft.operator(), MAX_OPERATOR, violations);
    String purpose =
        Texts.required("purpose", draft.purpose(), AccessGrants.MAX_PURPOSE, violations);
    String reason = draft.emergency() ? Emergency.reason(draft.reason(), violations) : null;
    if (!draft.emergency() && draft.reason() != null) {
      violations.addOnce("reason", "access.reason.onlyEmergency");
    }
    violations.throwIfAny();
    Instant now = clock.instant();
    Long grantId = draft.emergency() ? null : coveringGrant(system, draft, now);
    long id = insert(who, system, draft, operator, purpose, reason, grantId, now);
    AccessSession session = get(id);
    audit.record(
        who,
        draft.emergency() ? AuditAction.ACCESS_SESSION_EMERGENCY : AuditAction.ACCESS_SESSION_START,
        "access-session",
        id,
        null,
        Map.of(
            "systemId",
            system.getId(),
            "scope",
            draft.scope().name(),
            "operator",
            operator,
            "grantId",
            grantId == null ? "" : grantId.toString()));
    if (draft.emergency()) {
      tellOfEmergency(who, system, session, now);
    }
    return session;
  }

  /** Art. 20: the end of an access, with what was done; 409 when it has ended already. */
  public AccessSession end(long id, String summaryText) {
    Actor who = actor.get();
    AccessSession session = get(id);
    AccessPolicy.requireRecord(who);
    Violations violations = new Violations();
    String summary = Texts.required("summary", summaryText, MAX_SUMMARY, violations);
    violations.throwIfAny();
    if (session.endedAt().isPresent()) {
      throw new Conflict("access.session.alreadyEnded");
    }
    Instant now = clock.instant();
    em.createNativeQuery(
            "update access_session set ended_at = ?1, summary = ?2, version = version + 1"
                + " where id = ?3 and ended_at is null")
        .setParameter(1, Timestamp.from(now))
        .setParameter(2, summary)
        .setParameter(3, id)
        .executeUpdate();
    audit.record(
        who,
        AuditAction.ACCESS_SESSION_END,
        "access-session",
        id,
        null,
        Map.of("length", summary.length()));
    return get(id);
  }

  /**
   * Art. 20: the review of an emergency access by the unit's security officer or the competent
   * department; 409 for an ordinary one, one reviewed before, or one's own.
   */
  public AccessSession review(long id, String noteText) {
    Actor who = actor.get();
    AccessSession session = get(id);
    who.require(AccessPolicy.REVIEWERS);
    Violations violations = new Violations();
    String note = Texts.required("note", noteText, Emergency.MAX_TEXT, violations);
    violations.throwIfAny();
    Emergency.reviewRefusal(
            session.emergency(), session.reviewedAt(), session.recordedBy(), who.username())
        .ifPresent(
            key -> {
              throw new Conflict(key);
            });
    em.createNativeQuery(
            "update access_session set reviewed_at = ?1, reviewed_by = ?2, review_note = ?3,"
                + " version = version + 1 where id = ?4 and reviewed_at is null")
        .setParameter(1, Timestamp.from(clock.instant()))
        .setParameter(2, who.username())
        .setParameter(3, note)
        .setParameter(4, id)
        .executeUpdate();
    audit.record(
        who,
        AuditAction.ACCESS_SESSION_REVIEW,
        "access-session",
        id,
        null,
        Map.of("length", note.length()));
    return get(id);
  }

  /** A session the actor sees, else 404. */
  public AccessSession get(long id) {
    Actor who = actor.get();
    who.require(AccessPolicy.READERS);
    Query query =
        em.createNativeQuery(
            "select " + AccessSession.COLUMNS + AccessSession.FROM + FILTER + " and a.id = ?6");
    bind(query, who, null, false, null).setParameter(6, id);
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream()
        .findFirst()
        .map(AccessSession::of)
        .orElseThrow(() -> new NotFound("access-session", id));
  }

  /** Art. 20: the sessions the actor sees, newest first; only unreviewed emergencies if asked. */
  public Page<AccessSession> list(Long systemId, boolean unreviewed, PageRequest request) {
    Actor who = actor.get();
    who.require(AccessPolicy.READERS);
    Query count = em.createNativeQuery("select count(*)" + AccessSession.FROM + FILTER);
    bind(count, who, systemId, unreviewed, request.search());
    Query rows =
        em.createNativeQuery(
            "select "
                + AccessSession.COLUMNS
                + AccessSession.FROM
                + FILTER
                + " order by a.started_at desc, a.id desc offset ?6 limit ?7");
    bind(rows, who, systemId, unreviewed, request.search())
        .setParameter(6, request.offset())
        .setParameter(7, request.size());
    @SuppressWarnings("unchecked")
    List<Object[]> result = rows.getResultList();
    return new Page<>(
        result.stream().map(AccessSession::of).toList(),
        request.page(),
        request.size(),
        ((Number) count.getSingleResult()).longValue());
  }

  /** The grant that covers the access, or 403 with the most telling reason. */
  private Long coveringGrant(AppSystem system, SessionDraft draft, Instant now) {
    List<AccessGrant> found = grants.ofSystem(system.getId());
    List<Grant> domain = found.stream().map(AccessGrant::grant).toList();
    Coverage coverage = Coverage.of(domain, system.getId(), draft.scope(), now);
    if (coverage != Coverage.COVERED) {
      refusals.record(
          system, draft, draft.operator().strip(), draft.purpose().strip(), coverage.name(), now);
      throw new AccessRefused(coverage.name(), coverage.reasonKey());
    }
    return found.stream()
        .filter(grant -> grant.grant().covers(system.getId(), draft.scope(), now))
        .findFirst()
        .orElseThrow()
        .id();
  }

  private long insert(
      Actor who,
      AppSystem system,
      SessionDraft draft,
      String operator,
      String purpose,
      String reason,
      Long grantId,
      Instant now) {
    Object id =
        em.createNativeQuery(
                "insert into access_session (tenant_id, system_id, unit_id, scope, operator,"
                    + " purpose, grant_id, emergency, reason, recorded_by, started_at)"
                    + " values (?1, ?2, ?3, ?4, ?5, ?6, cast(?7 as bigint), ?8,"
                    + " cast(?9 as varchar), ?10, ?11) returning id")
            .setParameter(1, who.tenant().id().value())
            .setParameter(2, system.getId())
            .setParameter(3, system.getUnitId())
            .setParameter(4, draft.scope().name())
            .setParameter(5, operator)
            .setParameter(6, purpose)
            .setParameter(7, grantId)
            .setParameter(8, draft.emergency())
            .setParameter(9, reason)
            .setParameter(10, who.username())
            .setParameter(11, Timestamp.from(now))
            .getSingleResult();
    return ((Number) id).longValue();
  }

  /** Art. 20: the unit's security officer and the department hear of it at once. */
  private void tellOfEmergency(Actor who, AppSystem system, AccessSession session, Instant now) {
    List<String> arguments =
        List.of(
            system.getName(),
            "@" + session.scope().nameKey(),
            session.operator(),
            session.reason().orElse(""));
    Notice.Facts facts = new Notice.Facts(who.username(), null, null, null);
    for (Role role : List.of(Role.UNIT_SECURITY_OFFICER, Role.REVIEWER)) {
      Notices.write(
          em,
          new Notice(
              who.tenant().id().value(),
              role,
              role.isUnitStaff() ? system.getUnitId() : null,
              null,
              NotificationKind.ACCESS_EMERGENCY,
              arguments,
              "access-emergency:" + session.id(),
              facts),
          now);
    }
  }

  private Query bind(Query query, Actor who, Long systemId, boolean unreviewed, String search) {
    return query
        .setParameter(1, who.tenant().id().value())
        .setParameter(2, systems.visibleUnit())
        .setParameter(3, systemId)
        .setParameter(4, unreviewed)
        .setParameter(5, search == null || search.isBlank() ? null : search.strip());
  }
}
