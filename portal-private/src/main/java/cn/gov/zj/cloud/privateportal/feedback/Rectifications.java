package cn.gov.zj.cloud.privateportal.feedback;

import cn.gov.zj.cloud.domain.feedback.Grade;
import cn.gov.zj.cloud.domain.interconnect.MessageType;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.validation.Texts;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.audit.AuditAction;
import cn.gov.zj.cloud.privateportal.audit.AuditLog;
import cn.gov.zj.cloud.privateportal.interconnect.Publisher;
import cn.gov.zj.cloud.privateportal.paging.Page;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
import cn.gov.zj.cloud.privateportal.registry.Systems;
import cn.gov.zj.cloud.privateportal.security.AccessDenied;
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
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Art. 23 and Zhejiang's practice for bad reviews: the rectification items of DISSATISFIED ratings.
 * The provider answers those of unit ratings, the service's unit those of citizen ratings; the
 * department and the tenant's administrator see all. The call back and the report are each
 * published to the public zone (Art. 24), where the rater reads them.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class Rectifications {

  /** A note or report is at most this long (the public zone's limit). */
  public static final int MAX_TEXT = 4000;

  private static final String COLUMNS =
      "x.id, x.responsible, x.unit_id, r.kind, r.grade, r.comment, r.rated_at, x.callback_due,"
          + " x.report_due, x.called_back_at, x.callback_note, x.reported_at, x.report,"
          + " r.rating_id::text";
  private static final String FROM =
      " from rectification x join service_rating r on r.rating_id = x.rating_id"
          + " where x.tenant_id = ?1 and (?2 = 'ALL' or x.responsible = ?2)"
          + " and (cast(?3 as bigint) is null or x.unit_id = cast(?3 as bigint))"
          + " and (?4 = false or x.reported_at is null)";

  @PersistenceContext(unitName = "private")
  private EntityManager em;

  @Inject private CurrentActor actor;
  @Inject private Systems systems;
  @Inject private Publisher publisher;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /** The items the actor answers or oversees, soonest report due first. */
  public Page<RectificationItem> list(boolean openOnly, PageRequest request) {
    Actor who = actor.get();
    Scope scope = scope(who);
    Query count = em.createNativeQuery("select count(*)" + FROM);
    bind(count, who, scope, openOnly);
    Query rows =
        em.createNativeQuery(
            "select "
                + COLUMNS
                + FROM
                + " order by x.reported_at nulls first, x.report_due, x.id"
                + " offset ?5 limit ?6");
    bind(rows, who, scope, openOnly);
    rows.setParameter(5, request.offset()).setParameter(6, request.size());
    @SuppressWarnings("unchecked")
    List<Object[]> result = rows.getResultList();
    return new Page<>(
        result.stream().map(Rectifications::row).toList(),
        request.page(),
        request.size(),
        ((Number) count.getSingleResult()).longValue());
  }

  /** Art. 23: the call back, within 1 working day; published to the rater. */
  public RectificationItem callBack(long id, String text) {
    return respond(
        id,
        text,
        "callback_note",
        "called_back_at",
        "called_back_by",
        AuditAction.RECTIFICATION_CALLBACK);
  }

  /** Art. 23: the rectification report, within 15 working days; published to the rater. */
  public RectificationItem report(long id, String text) {
    return respond(
        id, text, "report", "reported_at", "reported_by", AuditAction.RECTIFICATION_REPORT);
  }

  private RectificationItem respond(
      long id,
      String text,
      String textColumn,
      String atColumn,
      String byColumn,
      AuditAction action) {
    Actor who = actor.get();
    Found found = find(who, id);
    if (!found.scope().answers()) {
      throw new AccessDenied(Role.PROVIDER_OPERATOR, Role.UNIT_APPLICANT);
    }
    Violations violations = new Violations();
    String field = textColumn.equals("report") ? "report" : "note";
    String value = Texts.required(field, text, MAX_TEXT, violations);
    violations.throwIfAny();
    Instant now = clock.instant();
    em.createNativeQuery(
            "update rectification set "
                + textColumn
                + " = ?1, "
                + atColumn
                + " = ?2, "
                + byColumn
                + " = ?3, version = version + 1 where id = ?4")
        .setParameter(1, value)
        .setParameter(2, Timestamp.from(now))
        .setParameter(3, who.displayName())
        .setParameter(4, id)
        .executeUpdate();
    publisher.publish(
        MessageType.RECTIFICATION_RESPONDED,
        who.tenant().id().value(),
        Map.of(
            "ratingId",
            found.ratingId(),
            "response",
            value,
            "respondedAt",
            now.toString(),
            "stage",
            action == AuditAction.RECTIFICATION_REPORT ? "REPORT" : "CALLBACK"),
        who.username());
    audit.record(who, action, "rectification", id, null, Map.of("length", value.length()));
    return find(who, id).item();
  }

  private Found find(Actor who, long id) {
    Scope scope = scope(who);
    Query query = em.createNativeQuery("select " + COLUMNS + FROM + " and x.id = ?5");
    bind(query, who, scope, false);
    query.setParameter(5, id);
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    Object[] row = rows.stream().findFirst().orElseThrow(() -> new NotFound("rectification", id));
    return new Found(row(row), (String) row[13], scope);
  }

  /** Which items the actor sees and whether they answer them. */
  private Scope scope(Actor who) {
    if (who.has(Role.PROVIDER_OPERATOR)) {
      return new Scope("PROVIDER", null, true);
    }
    if (who.has(Role.UNIT_APPLICANT) || who.has(Role.UNIT_SECURITY_OFFICER)) {
      return new Scope("UNIT", systems.visibleUnit(), true);
    }
    who.require(Role.REVIEWER, Role.TENANT_ADMIN, Role.SECURITY_SUPERVISOR);
    return new Scope("ALL", null, false);
  }

  private static void bind(Query query, Actor who, Scope scope, boolean openOnly) {
    query
        .setParameter(1, who.tenant().id().value())
        .setParameter(2, scope.responsible())
        .setParameter(3, scope.unit())
        .setParameter(4, openOnly);
  }

  private static RectificationItem row(Object[] row) {
    return new RectificationItem(
        ((Number) row[0]).longValue(),
        (String) row[1],
        Optional.ofNullable((Number) row[2]).map(Number::longValue),
        (String) row[3],
        Grade.valueOf((String) row[4]),
        Optional.ofNullable((String) row[5]),
        ((Timestamp) row[6]).toInstant(),
        ((Date) row[7]).toLocalDate(),
        ((Date) row[8]).toLocalDate(),
        Optional.ofNullable((Timestamp) row[9]).map(Timestamp::toInstant),
        Optional.ofNullable((String) row[10]),
        Optional.ofNullable((Timestamp) row[11]).map(Timestamp::toInstant),
        Optional.ofNullable((String) row[12]));
  }

  private record Scope(String responsible, Long unit, boolean answers) {}

  private record Found(RectificationItem item, String ratingId, Scope scope) {}
}
