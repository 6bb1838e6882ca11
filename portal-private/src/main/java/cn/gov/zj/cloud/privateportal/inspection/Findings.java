package cn.gov.zj.cloud.privateportal.inspection;

import cn.gov.zj.cloud.domain.calendar.DueDate;
import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.domain.inspection.FindingAction;
import cn.gov.zj.cloud.domain.inspection.FindingSeverity;
import cn.gov.zj.cloud.domain.inspection.FindingState;
import cn.gov.zj.cloud.domain.inspection.Inspectors;
import cn.gov.zj.cloud.domain.inspection.RectificationDeadlines;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.validation.Texts;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.audit.AuditAction;
import cn.gov.zj.cloud.privateportal.audit.AuditLog;
import cn.gov.zj.cloud.privateportal.calendar.WorkingCalendar;
import cn.gov.zj.cloud.privateportal.paging.NativePage;
import cn.gov.zj.cloud.privateportal.paging.Page;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
import cn.gov.zj.cloud.privateportal.rules.SecurityRules;
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
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Art. 17: the findings of inspections, tracked to verified rectification. An inspector records a
 * finding on a system of one of the inspection's units, due in working days by its severity ({@link
 * RectificationDeadlines}); the unit's staff submit the rectification; an inspector verifies it or
 * reopens it with the reason, and the clock runs again from the reopening. A unit's staff see only
 * their unit's findings; another unit's or tenant's are 404.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class Findings {

  public static final int MAX_TEXT = 4000;
  public static final int MAX_REFERENCE = 200;

  private static final String COLUMNS =
      "f.id, f.inspection_id, i.title, f.unit_id, u.name, f.system_id, s.name, f.severity,"
          + " f.description, f.reference, f.state, f.rectification_due, f.due_provisional,"
          + " f.recorded_by, f.recorded_at";
  private static final String FROM =
      " from finding f join inspection i on i.id = f.inspection_id"
          + " join using_unit u on u.id = f.unit_id join app_system s on s.id = f.system_id"
          + " where f.tenant_id = ?1 and (cast(?2 as bigint) is null or f.unit_id = cast(?2 as bigint))"
          + " and (cast(?3 as bigint) is null or f.inspection_id = cast(?3 as bigint))"
          + " and (cast(?4 as varchar) is null or f.state = cast(?4 as varchar))"
          + " and (cast(?5 as varchar) is null or lower(f.description) like cast(?5 as varchar)"
          + " escape '\\' or lower(s.name) like cast(?5 as varchar) escape '\\')"
          + " and (?6 = false or (f.state = 'OPEN' and f.rectification_due < ?7))";

  @PersistenceContext(unitName = "private")
  private EntityManager em;

  @Inject private CurrentActor actor;
  @Inject private Inspections inspections;
  @Inject private SecurityRules securityRules;
  @Inject private AuditLog audit;
  @Inject private Clock clock;
  @EJB private WorkingCalendar calendar;

  /** Which findings to list; each may be null (any). */
  public record Filter(Long inspectionId, FindingState state, boolean overdueOnly) {}

  /**
   * Art. 17: records a finding on a system of one of the inspection's units (inspectors only), due
   * by its severity from today; 201 with the due date, 400 naming each invalid field.
   */
  public FindingView record(long inspectionId, FindingDraft draft) {
    Actor who = actor.get();
    who.require(Inspectors.ROLES.toArray(Role[]::new));
    InspectionView inspection = inspections.get(inspectionId);
    Violations violations = new Violations();
    String description = Texts.required("description", draft.description(), MAX_TEXT, violations);
    String reference =
        Texts.optionalLine("reference", draft.reference(), MAX_REFERENCE, violations);
    if (draft.severity() == null && !violations.has("severity")) {
      violations.add("severity", "validation.required");
    }
    Long unit = systemUnit(draft.systemId(), inspection, violations);
    violations.throwIfAny();
    Instant now = clock.instant();
    LocalDate today = OfficialCalendar.dateOf(now);
    DueDate due = deadlines().due(calendar.current(), draft.severity(), today);
    Number id =
        (Number)
            em.createNativeQuery(
                    "insert into finding (tenant_id, inspection_id, unit_id, system_id, severity,"
                        + " description, reference, state, clock_from, rectification_due,"
                        + " due_provisional, recorded_by, recorded_at) values (?1, ?2, ?3, ?4, ?5,"
                        + " ?6, cast(?7 as varchar), 'OPEN', ?8, ?9, ?10, ?11, ?12) returning id")
                .setParameter(1, who.tenant().id().value())
                .setParameter(2, inspectionId)
                .setParameter(3, unit)
                .setParameter(4, draft.systemId())
                .setParameter(5, draft.severity().name())
                .setParameter(6, description)
                .setParameter(7, reference)
                .setParameter(8, Date.valueOf(today))
                .setParameter(9, Date.valueOf(due.date()))
                .setParameter(10, due.provisional())
                .setParameter(11, who.displayName())
                .setParameter(12, Timestamp.from(now))
                .getSingleResult();
    event(who, id.longValue(), "record", null, FindingState.OPEN, null, now);
    audit.record(
        who,
        AuditAction.INSPECTION_FINDING_RECORD,
        "finding",
        id,
        null,
        Map.of(
            "inspectionId", inspectionId,
            "systemId", draft.systemId(),
            "severity", draft.severity().name(),
            "rectificationDue", due.date().toString()));
    FindingView finding = get(id.longValue());
    FindingNotices.recorded(em, who.tenant().id().value(), finding, who.username(), now);
    return finding;
  }

  /** Art. 17: the findings the actor sees, soonest due first, searched by description or system. */
  public Page<FindingView> list(Filter filter, PageRequest request) {
    Actor who = actor.get();
    String like = request.search() == null ? null : request.likePattern();
    return listing(who, inspections.visibleUnit(who), filter, like)
        .page(
            "f.rectification_due " + (request.descending() ? "desc" : "asc") + ", f.id",
            8,
            request,
            Findings::row);
  }

  /** Art. 17: one finding; 404 when the actor does not see it. */
  public FindingView get(long id) {
    Actor who = actor.get();
    return listing(who, inspections.visibleUnit(who), new Filter(null, null, false), null)
        .first("f.id = ?8", 8, id, Findings::row)
        .orElseThrow(() -> new NotFound("finding", id));
  }

  /** Art. 17: the steps of a finding, oldest first. */
  public List<FindingEvent> history(long id) {
    get(id);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select action, to_state, text, actor, at from finding_event where finding_id = ?1"
                    + " order by id")
            .setParameter(1, id)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new FindingEvent(
                    (String) r[0],
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    ((Timestamp) r[4]).toInstant()))
        .toList();
  }

  /**
   * Art. 17: takes an action on a finding: 404 when the actor does not see it, 403 for a role that
   * may not take it, 409 in a state that does not allow it, 400 without the note or reason.
   */
  public FindingView act(long id, FindingAction action, String text) {
    Actor who = actor.get();
    FindingView finding = get(id);
    if (action.roles().stream().noneMatch(who::has)) {
      throw new AccessDenied(action.roles().toArray(Role[]::new));
    }
    if (finding.state() != action.from()) {
      throw new FindingRefused(finding.state());
    }
    Violations violations = new Violations();
    String field = action.textField().orElse("note");
    String value =
        action.needsText()
            ? Texts.required(field, text, MAX_TEXT, violations)
            : Texts.optional(field, text, MAX_TEXT, violations);
    violations.throwIfAny();
    Instant now = clock.instant();
    DueDate due = finding.rectificationDue();
    if (action.restartsClock()) {
      due = deadlines().due(calendar.current(), finding.severity(), OfficialCalendar.dateOf(now));
    }
    int changed =
        em.createNativeQuery(
                "update finding set state = ?1, rectification_due = ?2, due_provisional = ?3,"
                    + " clock_from = case when ?4 then ?5 else clock_from end,"
                    + " version = version + 1 where id = ?6 and state = ?7")
            .setParameter(1, action.to().name())
            .setParameter(2, Date.valueOf(due.date()))
            .setParameter(3, due.provisional())
            .setParameter(4, action.restartsClock())
            .setParameter(5, Date.valueOf(OfficialCalendar.dateOf(now)))
            .setParameter(6, id)
            .setParameter(7, action.from().name())
            .executeUpdate();
    if (changed == 0) {
      throw new FindingRefused(get(id).state());
    }
    event(who, id, action.restName(), action.from(), action.to(), value, now);
    Map<String, Object> after = new HashMap<>();
    after.put("state", action.to().name());
    after.put("rectificationDue", due.date().toString());
    if (value != null) {
      after.put("text", value);
    }
    audit.record(
        who,
        AuditAction.INSPECTION_FINDING_ACTION,
        "finding",
        id,
        Map.of("state", action.from().name()),
        after);
    FindingView acted = get(id);
    FindingNotices.acted(em, who.tenant().id().value(), acted, action, who.username(), now);
    return acted;
  }

  /** Art. 17, 25: the deadlines in force: the tenant's local rule or the provincial defaults. */
  private RectificationDeadlines deadlines() {
    return securityRules.limits().deadlines();
  }

  private Long systemUnit(Long systemId, InspectionView inspection, Violations violations) {
    if (systemId == null) {
      if (!violations.has("systemId")) {
        violations.add("systemId", "validation.required");
      }
      return null;
    }
    @SuppressWarnings("unchecked")
    List<Number> units =
        em.createNativeQuery("select unit_id from app_system where id = ?1 and tenant_id = ?2")
            .setParameter(1, systemId)
            .setParameter(2, actor.get().tenant().id().value())
            .getResultList();
    Optional<Long> unit = units.stream().findFirst().map(Number::longValue);
    if (unit.isEmpty() || !inspection.unitIds().contains(unit.get())) {
      violations.add("systemId", "inspection.system.notInspected");
      return null;
    }
    return unit.get();
  }

  private void event(
      Actor who,
      long findingId,
      String action,
      FindingState from,
      FindingState to,
      String text,
      Instant at) {
    em.createNativeQuery(
            "insert into finding_event (tenant_id, finding_id, action, from_state, to_state, text,"
                + " actor, at) values (?1, ?2, ?3, cast(?4 as varchar), ?5, cast(?6 as varchar),"
                + " ?7, ?8)")
        .setParameter(1, who.tenant().id().value())
        .setParameter(2, findingId)
        .setParameter(3, action)
        .setParameter(4, from == null ? null : from.name())
        .setParameter(5, to.name())
        .setParameter(6, text)
        .setParameter(7, who.displayName())
        .setParameter(8, Timestamp.from(at))
        .executeUpdate();
  }

  private NativePage listing(Actor who, Long unit, Filter filter, String like) {
    return new NativePage(
        em,
        COLUMNS,
        FROM,
        query ->
            query
                .setParameter(1, who.tenant().id().value())
                .setParameter(2, unit)
                .setParameter(3, filter.inspectionId())
                .setParameter(4, filter.state() == null ? null : filter.state().name())
                .setParameter(5, like)
                .setParameter(6, filter.overdueOnly())
                .setParameter(7, Date.valueOf(OfficialCalendar.dateOf(clock.instant()))));
  }

  private static FindingView row(Object[] row) {
    return new FindingView(
        ((Number) row[0]).longValue(),
        ((Number) row[1]).longValue(),
        (String) row[2],
        ((Number) row[3]).longValue(),
        (String) row[4],
        ((Number) row[5]).longValue(),
        (String) row[6],
        FindingSeverity.valueOf((String) row[7]),
        (String) row[8],
        (String) row[9],
        FindingState.valueOf((String) row[10]),
        new DueDate(((Date) row[11]).toLocalDate(), (Boolean) row[12]),
        (String) row[13],
        ((Timestamp) row[14]).toInstant());
  }
}
