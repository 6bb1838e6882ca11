package cn.gov.zj.cloud.privateportal.bulletin;

import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.validation.Texts;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.audit.AuditAction;
import cn.gov.zj.cloud.privateportal.audit.AuditLog;
import cn.gov.zj.cloud.privateportal.notification.Notice;
import cn.gov.zj.cloud.privateportal.notification.Notices;
import cn.gov.zj.cloud.privateportal.notification.NotificationKind;
import cn.gov.zj.cloud.privateportal.paging.NativePage;
import cn.gov.zj.cloud.privateportal.paging.Page;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
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
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * Art. 19: the provider's monthly security bulletin, one per month, delivered in the portal and by
 * mail to the staff of every using unit of the tenant; opening it as a unit's staff leaves a read
 * receipt, which the provider, the department and the security authority see.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class Bulletins {

  public static final int MAX_TITLE = 200;
  public static final int MAX_BODY = 20000;

  /** Who sees the read receipts. */
  static final Role[] RECEIPT_READERS = {
    Role.PROVIDER_OPERATOR, Role.REVIEWER, Role.SECURITY_SUPERVISOR, Role.TENANT_ADMIN
  };

  private static final String COLUMNS =
      "b.id, b.month, b.title, b.body, b.published_by, b.published_at,"
          + " (select count(*) from bulletin_read r where r.bulletin_id = b.id),"
          + " exists (select 1 from bulletin_read r where r.bulletin_id = b.id and r.username = ?2)";
  private static final String FROM =
      " from bulletin b where b.tenant_id = ?1 and (cast(?3 as varchar) is null"
          + " or lower(b.title) like cast(?3 as varchar) escape '\\' or b.month like cast(?3 as varchar) escape '\\')";

  @PersistenceContext(unitName = "private")
  private EntityManager em;

  @Inject private CurrentActor actor;
  @Inject private AuditLog audit;
  @Inject private Systems systems;
  @Inject private Clock clock;

  /**
   * Art. 19: publishes a month's bulletin (the provider only), at most one a month and none ahead
   * of its month; notified to every unit's staff.
   */
  public BulletinView publish(String month, String title, String body) {
    Actor who = actor.get();
    who.require(Role.PROVIDER_OPERATOR);
    Violations violations = new Violations();
    YearMonth ym = month(month, violations);
    String cleanTitle = Texts.requiredLine("title", title, MAX_TITLE, violations);
    String cleanBody = Texts.required("body", body, MAX_BODY, violations);
    violations.throwIfAny();
    String tenant = who.tenant().id().value();
    if (taken(tenant, ym)) {
      throw new Conflict("bulletin.month.taken", ym.toString());
    }
    Instant now = clock.instant();
    Number id =
        (Number)
            em.createNativeQuery(
                    "insert into bulletin (tenant_id, month, title, body, published_by,"
                        + " published_at) values (?1, ?2, ?3, ?4, ?5, ?6) returning id")
                .setParameter(1, tenant)
                .setParameter(2, ym.toString())
                .setParameter(3, cleanTitle)
                .setParameter(4, cleanBody)
                .setParameter(5, who.displayName())
                .setParameter(6, Timestamp.from(now))
                .getSingleResult();
    audit.record(
        who,
        AuditAction.BULLETIN_PUBLISH,
        "bulletin",
        id,
        null,
        Map.of("month", ym.toString(), "title", cleanTitle));
    deliver(tenant, id.longValue(), ym, cleanTitle, who.username(), now);
    return get(id.longValue());
  }

  /** Art. 19: the bulletins, newest month first, searched by title or month. */
  public Page<BulletinView> list(PageRequest request) {
    Actor who = actor.get();
    who.require(Role.tenantStaff());
    String like = request.search() == null ? null : request.likePattern();
    return listing(who, like)
        .page("b.month " + (request.descending() ? "desc" : "asc"), 4, request, Bulletins::row);
  }

  /** Art. 19: opens a bulletin; a unit's staff leave their read receipt (once). */
  public BulletinView open(long id) {
    Actor who = actor.get();
    BulletinView bulletin = get(id);
    if (who.hasAny(Role.UNIT_APPLICANT, Role.UNIT_SECURITY_OFFICER) && !bulletin.readByMe()) {
      Long unit = systems.visibleUnit();
      em.createNativeQuery(
              "insert into bulletin_read (bulletin_id, tenant_id, username, display_name, unit_id,"
                  + " read_at) values (?1, ?2, ?3, ?4, cast(?5 as bigint), ?6) on conflict do nothing")
          .setParameter(1, id)
          .setParameter(2, who.tenant().id().value())
          .setParameter(3, who.username())
          .setParameter(4, who.displayName())
          .setParameter(5, unit == null || unit < 0 ? null : unit)
          .setParameter(6, Timestamp.from(clock.instant()))
          .executeUpdate();
      return get(id);
    }
    return bulletin;
  }

  /** Art. 19: who opened a bulletin, first reader first (the provider and the department). */
  public List<ReadReceipt> receipts(long id) {
    Actor who = actor.get();
    who.require(RECEIPT_READERS);
    get(id);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select username, display_name, unit_id, read_at from bulletin_read"
                    + " where bulletin_id = ?1 order by read_at, username")
            .setParameter(1, id)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new ReadReceipt(
                    (String) r[0],
                    (String) r[1],
                    r[2] == null ? null : ((Number) r[2]).longValue(),
                    ((Timestamp) r[3]).toInstant()))
        .toList();
  }

  /** Art. 19: one bulletin of the tenant (read receipts untouched); 404 otherwise. */
  public BulletinView get(long id) {
    Actor who = actor.get();
    who.require(Role.tenantStaff());
    return listing(who, null)
        .first("b.id = ?4", 4, id, Bulletins::row)
        .orElseThrow(() -> new NotFound("bulletin", id));
  }

  /** A month of the form YYYY-MM, not after the current (Beijing) month. */
  private YearMonth month(String text, Violations violations) {
    if (text == null || text.isBlank()) {
      violations.add("month", "validation.required");
      return null;
    }
    try {
      if (!text.matches("[0-9]{4}-[0-9]{2}")) {
        throw new DateTimeParseException("not YYYY-MM", text, 0);
      }
      YearMonth month = YearMonth.parse(text);
      if (month.isAfter(YearMonth.from(OfficialCalendar.dateOf(clock.instant())))) {
        violations.add("month", "bulletin.month.future");
      }
      return month;
    } catch (DateTimeParseException e) {
      violations.add("month", "validation.notAMonth");
      return null;
    }
  }

  private boolean taken(String tenant, YearMonth month) {
    return !em.createNativeQuery("select 1 from bulletin where tenant_id = ?1 and month = ?2")
        .setParameter(1, tenant)
        .setParameter(2, month.toString())
        .getResultList()
        .isEmpty();
  }

  /** Art. 19: a notice (and its mail) to both staff roles of every unit of the tenant. */
  private void deliver(
      String tenant, long id, YearMonth month, String title, String actor, Instant now) {
    @SuppressWarnings("unchecked")
    List<Number> units =
        em.createNativeQuery(
                "select id from using_unit where tenant_id = ?1 and retired_at is null order by id")
            .setParameter(1, tenant)
            .getResultList();
    for (Number unit : units) {
      for (Role role : List.of(Role.UNIT_APPLICANT, Role.UNIT_SECURITY_OFFICER)) {
        Notices.write(
            em,
            new Notice(
                tenant,
                role,
                unit.longValue(),
                null,
                NotificationKind.BULLETIN_PUBLISHED,
                List.of(month.toString(), title, Long.toString(id)),
                "bulletin:" + id + ":" + unit,
                new Notice.Facts(actor, null, null, null)),
            now);
      }
    }
  }

  private NativePage listing(Actor who, String like) {
    return new NativePage(
        em,
        COLUMNS,
        FROM,
        query ->
            query
                .setParameter(1, who.tenant().id().value())
                .setParameter(2, who.username())
                .setParameter(3, like));
  }

  private static BulletinView row(Object[] row) {
    return new BulletinView(
        ((Number) row[0]).longValue(),
        YearMonth.parse(((String) row[1]).strip()),
        (String) row[2],
        (String) row[3],
        (String) row[4],
        ((Timestamp) row[5]).toInstant(),
        ((Number) row[6]).longValue(),
        (Boolean) row[7]);
  }
}
