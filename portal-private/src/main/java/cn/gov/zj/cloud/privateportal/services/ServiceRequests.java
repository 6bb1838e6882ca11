package cn.gov.zj.cloud.privateportal.services;

import cn.gov.zj.cloud.domain.calendar.DueDate;
import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.services.ServiceAction;
import cn.gov.zj.cloud.domain.services.ServiceFlow;
import cn.gov.zj.cloud.domain.services.ServiceKind;
import cn.gov.zj.cloud.domain.services.ServiceState;
import cn.gov.zj.cloud.domain.validation.Texts;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.audit.AuditAction;
import cn.gov.zj.cloud.privateportal.audit.AuditLog;
import cn.gov.zj.cloud.privateportal.calendar.WorkingCalendar;
import cn.gov.zj.cloud.privateportal.notification.Notice;
import cn.gov.zj.cloud.privateportal.notification.Notices;
import cn.gov.zj.cloud.privateportal.notification.NotificationKind;
import cn.gov.zj.cloud.privateportal.paging.Page;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
import cn.gov.zj.cloud.privateportal.registry.AppSystem;
import cn.gov.zj.cloud.privateportal.registry.Systems;
import cn.gov.zj.cloud.privateportal.security.AccessDenied;
import cn.gov.zj.cloud.privateportal.security.Actor;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import cn.gov.zj.cloud.privateportal.tenant.NotFound;
import cn.gov.zj.cloud.privateportal.tenant.TenantBound;
import jakarta.ejb.EJB;
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
 * Art. 14: units ask the provider for consulting or migration help on one of their systems; the
 * provider answers within the response target (1 working day, a local rule may shorten it), the
 * unit closes the request with a closing note. Unit staff see their unit's requests, the provider,
 * the department and the tenant's administrator all of the tenant's.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class ServiceRequests {

  public static final int MAX_SUBJECT = 200;
  public static final int MAX_TEXT = 4000;

  private static final String COLUMNS =
      "r.id, r.unit_id, u.name, r.system_id, s.name, r.kind, r.subject, r.description, r.state,"
          + " r.opened_by, r.opened_at, r.response_due, r.provisional, r.answer, r.answered_by,"
          + " r.answered_at, r.closing_note, r.closed_by, r.closed_at";
  private static final String FROM =
      " from service_request r join using_unit u on u.id = r.unit_id"
          + " join app_system s on s.id = r.system_id"
          + " where r.tenant_id = ?1 and (cast(?2 as bigint) is null or r.unit_id = cast(?2 as bigint))"
          + " and (cast(?3 as varchar) is null or r.kind = cast(?3 as varchar))"
          + " and (cast(?4 as varchar) is null or r.state = cast(?4 as varchar))"
          + " and (?5 = false or (r.state = 'OPEN' and r.response_due < cast(?6 as date)))"
          + " and (cast(?7 as varchar) is null or lower(r.subject) like cast(?7 as varchar)"
          + " or lower(s.name) like cast(?7 as varchar))";

  @PersistenceContext(unitName = "private")
  private EntityManager em;

  @Inject private CurrentActor actor;
  @Inject private Systems systems;
  @Inject private AuditLog audit;
  @Inject private Clock clock;
  @EJB private WorkingCalendar calendar;

  /** The filters of the list; each may be null. */
  public record Filter(ServiceKind kind, ServiceState state, boolean overdueOnly) {}

  /**
   * Art. 14: a unit's staff ask for help on one of their unit's systems (not retired): 404 for any
   * other system; the response is due on the official calendar.
   */
  public ServiceItem open(Long systemId, ServiceKind kind, String subject, String description) {
    Actor who = actor.get();
    who.require(ServiceRoles.UNIT_STAFF);
    Violations violations = new Violations();
    if (systemId == null) {
      violations.add("systemId", "validation.required");
    }
    if (kind == null) {
      violations.addOnce("kind", "validation.required");
    }
    String title = Texts.requiredLine("subject", subject, MAX_SUBJECT, violations);
    String text = Texts.required("description", description, MAX_TEXT, violations);
    violations.throwIfAny();
    AppSystem system = systems.ownUnitSystem(systemId);
    Instant now = clock.instant();
    DueDate due =
        ServiceTargetsInForce.of(em, who.tenant().id().value())
            .responseDue(calendar.current(), now);
    Number id =
        (Number)
            em.createNativeQuery(
                    "insert into service_request (tenant_id, unit_id, system_id, kind, subject,"
                        + " description, state, opened_by, opened_at, response_due, provisional)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6, 'OPEN', ?7, ?8, ?9, ?10) returning id")
                .setParameter(1, who.tenant().id().value())
                .setParameter(2, system.getUnitId())
                .setParameter(3, system.getId())
                .setParameter(4, kind.name())
                .setParameter(5, title)
                .setParameter(6, text)
                .setParameter(7, who.username())
                .setParameter(8, Timestamp.from(now))
                .setParameter(9, Date.valueOf(due.date()))
                .setParameter(10, due.provisional())
                .getSingleResult();
    event(who, id.longValue(), "OPEN", now, null);
    audit.record(
        who,
        AuditAction.SERVICE_REQUEST_OPEN,
        "service-request",
        id,
        null,
        Map.of("kind", kind.name(), "systemId", system.getId(), "due", due.date().toString()));
    ServiceItem item = get(id.longValue());
    notify(who, item, Role.PROVIDER_OPERATOR, "@services.opened", now);
    return item;
  }

  /**
   * Art. 14: an action on a request the actor sees (404 otherwise): 403 for the wrong role, 409
   * with the actions allowed now for the wrong state, 400 naming the text field; nothing stored on
   * any refusal.
   */
  public ServiceItem act(long id, String actionName, String text) {
    Actor who = actor.get();
    ServiceItem item = get(id);
    ServiceAction action =
        ServiceAction.ofRestName(actionName == null ? "" : actionName)
            .orElseThrow(() -> new NotFound("action", actionName));
    ServiceFlow.Decision decision = ServiceFlow.decide(item.state(), action, roles(who));
    if (decision instanceof ServiceFlow.WrongRole wrong) {
      throw new AccessDenied(wrong.needed().toArray(Role[]::new));
    }
    if (decision instanceof ServiceFlow.WrongState wrong) {
      throw new ServiceRefused(wrong.state(), action, wrong.allowedNow());
    }
    Violations violations = new Violations();
    String value = Texts.required(action.textField(), text, MAX_TEXT, violations);
    violations.throwIfAny();
    Instant now = clock.instant();
    String columns =
        action == ServiceAction.ANSWER
            ? "answer = ?1, answered_by = ?2, answered_at = ?3"
            : "closing_note = ?1, closed_by = ?2, closed_at = ?3";
    int changed =
        em.createNativeQuery(
                "update service_request set "
                    + columns
                    + ", state = ?4, version = version + 1 where id = ?5 and state = ?6")
            .setParameter(1, value)
            .setParameter(2, who.username())
            .setParameter(3, Timestamp.from(now))
            .setParameter(4, action.to().name())
            .setParameter(5, id)
            .setParameter(6, item.state().name())
            .executeUpdate();
    if (changed == 0) {
      throw new ServiceRefused(item.state(), action, ServiceFlow.allowedNow(item.state()));
    }
    event(who, id, action.name(), now, value);
    audit.record(
        who,
        action == ServiceAction.ANSWER
            ? AuditAction.SERVICE_REQUEST_ANSWER
            : AuditAction.SERVICE_REQUEST_CLOSE,
        "service-request",
        id,
        Map.of("state", item.state().name()),
        Map.of("state", action.to().name(), "length", value.length()));
    ServiceItem after = get(id);
    String what = "@" + action.nameKey();
    if (action == ServiceAction.ANSWER) {
      notify(who, after, Role.UNIT_APPLICANT, what, now);
      notify(who, after, Role.UNIT_SECURITY_OFFICER, what, now);
    } else {
      notify(who, after, Role.PROVIDER_OPERATOR, what, now);
    }
    return after;
  }

  /** Art. 14: the requests the actor sees, soonest response due first. */
  public Page<ServiceItem> list(Filter filter, PageRequest request) {
    Actor who = actor.get();
    Long unit = scope(who);
    Query count = em.createNativeQuery("select count(*)" + FROM);
    bind(count, who, unit, filter, request);
    Query rows =
        em.createNativeQuery(
            "select "
                + COLUMNS
                + FROM
                + " order by case r.state when 'OPEN' then 0 when 'ANSWERED' then 1 else 2 end,"
                + " r.response_due, r.id desc offset ?8 limit ?9");
    bind(rows, who, unit, filter, request);
    rows.setParameter(8, request.offset()).setParameter(9, request.size());
    @SuppressWarnings("unchecked")
    List<Object[]> result = rows.getResultList();
    return new Page<>(
        result.stream().map(ServiceRequests::row).toList(),
        request.page(),
        request.size(),
        ((Number) count.getSingleResult()).longValue());
  }

  /** Art. 14: one request the actor sees; 404 for another unit's or tenant's. */
  public ServiceItem get(long id) {
    Actor who = actor.get();
    Query query = em.createNativeQuery("select " + COLUMNS + FROM + " and r.id = ?8");
    bind(query, who, scope(who), new Filter(null, null, false), null);
    query.setParameter(8, id);
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream()
        .findFirst()
        .map(ServiceRequests::row)
        .orElseThrow(() -> new NotFound("service-request", id));
  }

  /** Art. 14: the history of a request the actor sees, oldest first. */
  public List<ServiceItem.Event> history(long id) {
    get(id);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select action, actor, at, note from service_request_event"
                    + " where request_id = ?1 order by id")
            .setParameter(1, id)
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new ServiceItem.Event(
                    (String) row[0],
                    (String) row[1],
                    ((Timestamp) row[2]).toInstant(),
                    (String) row[3]))
        .toList();
  }

  /** Art. 14: the systems of the actor's unit a request may concern (not retired), by name. */
  public List<Map.Entry<Long, String>> systemsOfMyUnit() {
    Actor who = actor.get();
    who.require(ServiceRoles.UNIT_STAFF);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select id, name from app_system where unit_id = ?1 and retired_at is null"
                    + " order by name, id limit 500")
            .setParameter(1, systems.visibleUnit())
            .getResultList();
    return rows.stream()
        .map(row -> Map.entry(((Number) row[0]).longValue(), (String) row[1]))
        .toList();
  }

  private Long scope(Actor who) {
    return ServiceRoles.unitScope(who, systems);
  }

  private void bind(Query query, Actor who, Long unit, Filter filter, PageRequest request) {
    String search = request == null || request.search() == null ? null : request.likePattern();
    query
        .setParameter(1, who.tenant().id().value())
        .setParameter(2, unit)
        .setParameter(3, filter.kind() == null ? null : filter.kind().name())
        .setParameter(4, filter.state() == null ? null : filter.state().name())
        .setParameter(5, filter.overdueOnly())
        .setParameter(6, Date.valueOf(OfficialCalendar.dateOf(clock.instant())))
        .setParameter(7, search);
  }

  private void event(Actor who, long id, String action, Instant at, String note) {
    em.createNativeQuery(
            "insert into service_request_event (tenant_id, request_id, action, actor, at, note)"
                + " values (?1, ?2, ?3, ?4, ?5, cast(?6 as text))")
        .setParameter(1, who.tenant().id().value())
        .setParameter(2, id)
        .setParameter(3, action)
        .setParameter(4, who.username())
        .setParameter(5, Timestamp.from(at))
        .setParameter(6, note)
        .executeUpdate();
  }

  private void notify(Actor who, ServiceItem item, Role role, String what, Instant now) {
    Notices.write(
        em,
        new Notice(
            who.tenant().id().value(),
            role,
            role.isUnitStaff() ? item.unitId() : null,
            null,
            NotificationKind.SERVICE_REQUEST,
            List.of(Long.toString(item.id()), item.subject(), what),
            "service:" + item.id() + ":" + item.state().name(),
            new Notice.Facts(who.username(), null, item.responseDue(), null)),
        now);
  }

  private static java.util.Set<Role> roles(Actor who) {
    return who.roles().stream().filter(who::has).collect(java.util.stream.Collectors.toSet());
  }

  static ServiceItem row(Object[] row) {
    return new ServiceItem(
        ((Number) row[0]).longValue(),
        ((Number) row[1]).longValue(),
        (String) row[2],
        ((Number) row[3]).longValue(),
        (String) row[4],
        ServiceKind.valueOf((String) row[5]),
        (String) row[6],
        (String) row[7],
        ServiceState.valueOf((String) row[8]),
        (String) row[9],
        ((Timestamp) row[10]).toInstant(),
        ((Date) row[11]).toLocalDate(),
        (Boolean) row[12],
        Optional.ofNullable((String) row[13]),
        Optional.ofNullable((String) row[14]),
        Optional.ofNullable((Timestamp) row[15]).map(Timestamp::toInstant),
        Optional.ofNullable((String) row[16]),
        Optional.ofNullable((String) row[17]),
        Optional.ofNullable((Timestamp) row[18]).map(Timestamp::toInstant));
  }
}
