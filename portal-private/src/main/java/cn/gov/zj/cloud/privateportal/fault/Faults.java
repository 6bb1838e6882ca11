package cn.gov.zj.cloud.privateportal.fault;

import cn.gov.zj.cloud.domain.application.ApplicationState;
import cn.gov.zj.cloud.domain.calendar.BeijingTime;
import cn.gov.zj.cloud.domain.fault.FaultSchedule;
import cn.gov.zj.cloud.domain.fault.FaultState;
import cn.gov.zj.cloud.domain.fault.Severity;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.validation.Texts;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.audit.AuditAction;
import cn.gov.zj.cloud.privateportal.audit.AuditLog;
import cn.gov.zj.cloud.privateportal.notification.Notice;
import cn.gov.zj.cloud.privateportal.notification.Notices;
import cn.gov.zj.cloud.privateportal.notification.NotificationKind;
import cn.gov.zj.cloud.privateportal.paging.Listing;
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
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Art. 13: the faults of the tenant. A unit's staff report faults of their unit's systems in
 * production and see their unit's; the provider, the reviewer and the tenant administrator see the
 * tenant's. Reporting starts the response and resolution clocks under the targets in force.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class Faults {

  /** Sort fields of the fault list and the JPQL path of each. */
  public static final Map<String, String> SORTABLE =
      Map.of(
          "reportedAt", "f.reportedAt",
          "responseDue", "f.responseDue",
          "resolutionDue", "f.resolutionDue",
          "severity", "f.severity",
          "state", "f.state",
          "id", "f.id");

  /** Art. 13: the states of an application whose system runs in production. */
  static final List<ApplicationState> IN_PRODUCTION =
      List.of(
          ApplicationState.ACTIVE,
          ApplicationState.CHANGE_REQUESTED,
          ApplicationState.CHANGE_APPROVED,
          ApplicationState.TERMINATION_REQUESTED);

  public static final int MAX_TITLE = 200;
  public static final int MAX_DESCRIPTION = 4000;

  @PersistenceContext(unitName = "private")
  private EntityManager em;

  @Inject private CurrentActor actor;
  @Inject private Systems systems;
  @Inject private FaultRules rules;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /**
   * Art. 13: a unit's staff member reports a fault of one of the unit's systems in production.
   *
   * @throws cn.gov.zj.cloud.domain.validation.InvalidInputException naming each invalid field;
   *     nothing is stored then
   */
  public Fault report(
      Long systemId, Severity severity, String title, String description, Violations violations) {
    Actor who = actor.get();
    FaultPolicy.requireReport(who);
    AppSystem system = null;
    Long application = null;
    if (systemId == null) {
      violations.add("systemId", "validation.required");
    } else {
      system = ownSystem(systemId);
      application = system == null ? null : productionApplication(system.getId()).orElse(null);
      if (application == null) {
        violations.add("systemId", "fault.system.notActive");
      }
    }
    if (severity == null && !violations.has("severity")) {
      violations.add("severity", "validation.required");
    }
    String cleanTitle = Texts.requiredLine("title", title, MAX_TITLE, violations);
    String cleanDescription =
        Texts.required("description", description, MAX_DESCRIPTION, violations);
    violations.throwIfAny();
    Instant now = clock.instant();
    FaultSchedule schedule = rules.schedule();
    Fault fault =
        new Fault(
            new Fault.Report(
                who.tenant().id().value(),
                system.getId(),
                system.getUnitId(),
                application,
                severity,
                cleanTitle,
                cleanDescription,
                who.username(),
                now,
                schedule.targets().response(severity).label(),
                schedule.targets().resolution(severity).label()),
            schedule.responseDue(severity, now),
            schedule.resolutionDue(severity, now));
    em.persist(fault);
    em.flush();
    em.persist(new FaultEvent(fault, now, who.username(), "report", null, null));
    audit.record(
        who,
        AuditAction.FAULT_REPORT,
        "fault",
        fault.getId(),
        null,
        Map.of(
            "systemId", system.getId(),
            "severity", severity.name(),
            "state", fault.getState().name(),
            "responseDue", fault.getResponseDue().toString(),
            "resolutionDue", fault.getResolutionDue().toString()));
    Notices.write(
        em,
        new Notice(
            fault.getTenantId(),
            Role.PROVIDER_OPERATOR,
            null,
            application,
            NotificationKind.FAULT_REPORTED,
            List.of(
                fault.getId().toString(),
                system.getName(),
                "@" + severity.nameKey(),
                cleanTitle,
                BeijingTime.minutes(fault.getResponseDue())),
            "fault:" + fault.getId() + ":report",
            new Notice.Facts(who.username(), null, null, null)),
        now);
    return fault;
  }

  /** Art. 13: the fault, if the actor may see it; 404 alike for another unit's and tenant's. */
  public Fault get(long id) {
    Actor who = actor.get();
    FaultPolicy.requireRead(who);
    Fault fault = em.find(Fault.class, id);
    Long unit = systems.visibleUnit();
    if (fault == null || unit != null && !unit.equals(fault.getUnitId())) {
      throw new NotFound("fault", id);
    }
    return fault;
  }

  /** Art. 13: the fault's history, oldest first. */
  public List<FaultEvent> history(long id) {
    get(id);
    return em.createQuery(
            "select e from FaultEvent e where e.faultId = :id order by e.id", FaultEvent.class)
        .setParameter("id", id)
        .getResultList();
  }

  /**
   * Art. 13: the faults the actor may see, narrowed by {@code filter}; the request's search matches
   * the title and the system's name. Overdue: a response or an open resolution past its due time.
   */
  public Page<Fault> list(FaultFilter filter, PageRequest request) {
    Actor who = actor.get();
    FaultPolicy.requireRead(who);
    Long unit = systems.visibleUnit();
    List<String> where = new ArrayList<>(List.of("f.tenantId = :tenant"));
    if (unit != null) {
      where.add("f.unitId = :unit");
    }
    if (filter.state() != null) {
      where.add("f.state = :state");
    }
    if (filter.severity() != null) {
      where.add("f.severity = :severity");
    }
    if (filter.systemId() != null) {
      where.add("f.systemId = :system");
    }
    if (filter.overdue()) {
      where.add(
          "((f.acknowledgedAt is null and f.responseDue < :now)"
              + " or (f.state in :open and f.resolutionDue < :now))");
    }
    if (request.search() != null) {
      where.add(
          "(lower(f.title) like :q escape '\\' or f.systemId in"
              + " (select s.id from AppSystem s where lower(s.name) like :q escape '\\'))");
    }
    return Listing.page(
        em,
        Fault.class,
        "Fault f",
        String.join(" and ", where),
        query -> bind(query, who, unit, filter, request),
        request,
        SORTABLE);
  }

  /** Art. 13: the systems the actor's unit may report faults of (those in production). */
  public List<AppSystem> reportable() {
    FaultPolicy.requireReport(actor.get());
    Long unit = systems.visibleUnit();
    return em.createQuery(
            "select s from AppSystem s where s.unitId = :unit and s.retiredAt is null and s.id in"
                + " (select a.systemId from CloudApplication a where a.state in :states)"
                + " order by s.name",
            AppSystem.class)
        .setParameter("unit", unit)
        .setParameter("states", IN_PRODUCTION)
        .getResultList();
  }

  private void bind(
      TypedQuery<?> query, Actor who, Long unit, FaultFilter filter, PageRequest request) {
    // stated as well as enforced by row-level security, so that the tenant's index is used
    query.setParameter("tenant", who.tenant().id().value());
    if (unit != null) {
      query.setParameter("unit", unit);
    }
    if (filter.state() != null) {
      query.setParameter("state", filter.state());
    }
    if (filter.severity() != null) {
      query.setParameter("severity", filter.severity());
    }
    if (filter.systemId() != null) {
      query.setParameter("system", filter.systemId());
    }
    if (filter.overdue()) {
      query.setParameter("now", clock.instant());
      query.setParameter("open", List.of(FaultState.REPORTED, FaultState.ACKNOWLEDGED));
    }
    if (request.search() != null) {
      query.setParameter("q", request.likePattern());
    }
  }

  private AppSystem ownSystem(long systemId) {
    try {
      return systems.ownUnitSystem(systemId);
    } catch (NotFound e) {
      return null;
    }
  }

  private Optional<Long> productionApplication(long systemId) {
    return em.createQuery(
            "select a.id from CloudApplication a where a.systemId = :system and a.state in :states",
            Long.class)
        .setParameter("system", systemId)
        .setParameter("states", IN_PRODUCTION)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }
}
