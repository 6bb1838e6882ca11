package cn.gov.zj.cloud.privateportal.inspection;

import cn.gov.zj.cloud.domain.inspection.InspectionKind;
import cn.gov.zj.cloud.domain.inspection.Inspectors;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.validation.Texts;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.audit.AuditAction;
import cn.gov.zj.cloud.privateportal.audit.AuditLog;
import cn.gov.zj.cloud.privateportal.paging.NativePage;
import cn.gov.zj.cloud.privateportal.paging.Page;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
import cn.gov.zj.cloud.privateportal.registry.Systems;
import cn.gov.zj.cloud.privateportal.security.Actor;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import cn.gov.zj.cloud.privateportal.tenant.NotFound;
import cn.gov.zj.cloud.privateportal.tenant.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Art. 17: security inspections, planned by the competent department ({@code reviewer}) with the
 * security authority ({@code security-supervisor}) over some of the tenant's using units. The
 * inspectors and the tenant's administrator see every inspection; a unit's staff see those that
 * include their unit (and, in {@link Findings}, only their unit's findings).
 */
@ApplicationScoped
@Transactional
@TenantBound
public class Inspections {

  public static final int MAX_TITLE = 200;

  /** The most units one inspection names. */
  public static final int MAX_UNITS = 200;

  private static final String COLUMNS =
      "i.id, i.title, i.kind, i.starts_on, i.ends_on, i.created_by, i.created_at,"
          + " (select string_agg(iu.unit_id::text, ',' order by iu.unit_id) from inspection_unit iu"
          + " where iu.inspection_id = i.id),"
          + " (select count(*) from finding f where f.inspection_id = i.id"
          + " and (cast(?2 as bigint) is null or f.unit_id = cast(?2 as bigint))),"
          + " (select count(*) from finding f where f.inspection_id = i.id and f.state <> 'VERIFIED'"
          + " and (cast(?2 as bigint) is null or f.unit_id = cast(?2 as bigint)))";
  private static final String FROM =
      " from inspection i where i.tenant_id = ?1 and (cast(?2 as bigint) is null or exists"
          + " (select 1 from inspection_unit iu where iu.inspection_id = i.id"
          + " and iu.unit_id = cast(?2 as bigint)))"
          + " and (cast(?3 as varchar) is null or lower(i.title) like cast(?3 as varchar) escape '\\')";

  @PersistenceContext(unitName = "private")
  private EntityManager em;

  @Inject private CurrentActor actor;
  @Inject private Systems systems;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /** Art. 17: plans an inspection (inspectors only); 400 naming each invalid field. */
  public InspectionView plan(InspectionDraft draft) {
    Actor who = actor.get();
    who.require(Inspectors.ROLES.toArray(Role[]::new));
    Violations violations = new Violations();
    String title = Texts.requiredLine("title", draft.title(), MAX_TITLE, violations);
    if (draft.kind() == null && !violations.has("kind")) {
      violations.add("kind", "validation.required");
    }
    Set<Long> units = units(who, draft.unitIds(), violations);
    period(draft, violations);
    violations.throwIfAny();
    Number id =
        (Number)
            em.createNativeQuery(
                    "insert into inspection (tenant_id, title, kind, starts_on, ends_on, created_by,"
                        + " created_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7) returning id")
                .setParameter(1, who.tenant().id().value())
                .setParameter(2, title)
                .setParameter(3, draft.kind().name())
                .setParameter(4, Date.valueOf(draft.startsOn()))
                .setParameter(5, Date.valueOf(draft.endsOn()))
                .setParameter(6, who.displayName())
                .setParameter(7, Timestamp.from(clock.instant()))
                .getSingleResult();
    for (Long unit : units) {
      em.createNativeQuery(
              "insert into inspection_unit (inspection_id, tenant_id, unit_id) values (?1, ?2, ?3)")
          .setParameter(1, id.longValue())
          .setParameter(2, who.tenant().id().value())
          .setParameter(3, unit)
          .executeUpdate();
    }
    audit.record(
        who,
        AuditAction.INSPECTION_PLAN,
        "inspection",
        id,
        null,
        Map.of("title", title, "kind", draft.kind().name(), "units", List.copyOf(units)));
    return get(id.longValue());
  }

  /** Art. 17: the inspections the actor sees, newest first, searched by title. */
  public Page<InspectionView> list(PageRequest request) {
    Actor who = actor.get();
    String like = request.search() == null ? null : request.likePattern();
    return listing(who, visibleUnit(who), like)
        .page(
            "i.starts_on " + (request.descending() ? "desc" : "asc") + ", i.id desc",
            4,
            request,
            Inspections::row);
  }

  /** Art. 17: one inspection; 404 when the actor does not see it. */
  public InspectionView get(long id) {
    Actor who = actor.get();
    return listing(who, visibleUnit(who), null)
        .first("i.id = ?4", 4, id, Inspections::row)
        .orElseThrow(() -> new NotFound("inspection", id));
  }

  /**
   * The unit whose inspections alone the actor sees: their own for unit staff (-1 without one),
   * null for the inspectors and the tenant's administrator; 403 for the others.
   */
  Long visibleUnit(Actor who) {
    who.require(
        Role.REVIEWER,
        Role.SECURITY_SUPERVISOR,
        Role.TENANT_ADMIN,
        Role.UNIT_APPLICANT,
        Role.UNIT_SECURITY_OFFICER);
    return who.hasAny(Role.REVIEWER, Role.SECURITY_SUPERVISOR, Role.TENANT_ADMIN)
        ? null
        : systems.visibleUnit();
  }

  private Set<Long> units(Actor who, List<Long> requested, Violations violations) {
    if (requested == null || requested.isEmpty()) {
      if (!violations.has("unitIds")) {
        violations.add("unitIds", "validation.required");
      }
      return Set.of();
    }
    Set<Long> wanted = new LinkedHashSet<>(requested);
    if (wanted.size() > MAX_UNITS || wanted.contains(null)) {
      violations.add("unitIds", "validation.outOfRange", 1, MAX_UNITS);
      return Set.of();
    }
    @SuppressWarnings("unchecked")
    List<Number> found =
        em.createNativeQuery(
                "select id from using_unit where tenant_id = ?1 and retired_at is null"
                    + " and id = any(cast(?2 as bigint[]))")
            .setParameter(1, who.tenant().id().value())
            .setParameter(
                2, "{" + String.join(",", wanted.stream().map(String::valueOf).toList()) + "}")
            .getResultList();
    if (found.size() != wanted.size()) {
      violations.add("unitIds", "inspection.unit.unknown");
    }
    return wanted;
  }

  private static void period(InspectionDraft draft, Violations violations) {
    for (String field : List.of("startsOn", "endsOn")) {
      Object value = field.equals("startsOn") ? draft.startsOn() : draft.endsOn();
      if (value == null && !violations.has(field)) {
        violations.add(field, "validation.required");
      }
    }
    if (draft.startsOn() != null
        && draft.endsOn() != null
        && draft.endsOn().isBefore(draft.startsOn())) {
      violations.add("endsOn", "inspection.period.order");
    }
  }

  private NativePage listing(Actor who, Long unit, String like) {
    return new NativePage(
        em,
        COLUMNS,
        FROM,
        query ->
            query
                .setParameter(1, who.tenant().id().value())
                .setParameter(2, unit)
                .setParameter(3, like));
  }

  private static InspectionView row(Object[] row) {
    String units = (String) row[7];
    return new InspectionView(
        ((Number) row[0]).longValue(),
        (String) row[1],
        InspectionKind.valueOf((String) row[2]),
        units == null ? List.of() : Arrays.stream(units.split(",")).map(Long::valueOf).toList(),
        ((Date) row[3]).toLocalDate(),
        ((Date) row[4]).toLocalDate(),
        (String) row[5],
        ((Timestamp) row[6]).toInstant(),
        ((Number) row[8]).longValue(),
        ((Number) row[9]).longValue());
  }
}
