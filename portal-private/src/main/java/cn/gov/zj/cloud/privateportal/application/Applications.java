package cn.gov.zj.cloud.privateportal.application;

import cn.gov.zj.cloud.domain.application.ApplicationState;
import cn.gov.zj.cloud.domain.application.ElasticRange;
import cn.gov.zj.cloud.domain.application.Lifecycle;
import cn.gov.zj.cloud.domain.application.ResourceDraft;
import cn.gov.zj.cloud.domain.application.ResourcePlan;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.audit.AuditAction;
import cn.gov.zj.cloud.privateportal.audit.AuditLog;
import cn.gov.zj.cloud.privateportal.paging.Listing;
import cn.gov.zj.cloud.privateportal.paging.Page;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
import cn.gov.zj.cloud.privateportal.registry.AppSystem;
import cn.gov.zj.cloud.privateportal.registry.Systems;
import cn.gov.zj.cloud.privateportal.rest.Conflict;
import cn.gov.zj.cloud.privateportal.security.Actor;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import cn.gov.zj.cloud.privateportal.tenant.NotFound;
import cn.gov.zj.cloud.privateportal.tenant.TenantBound;
import cn.gov.zj.cloud.privateportal.time.Clocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Art. 6, 7: the applications of the tenant. A unit applicant opens a draft for a system of their
 * own unit, with its resource needs; unit staff see their unit's applications, the department, the
 * provider and the supervisors the tenant's.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class Applications {

  /** Sort fields of the application list and the JPQL path of each. */
  public static final Map<String, String> SORTABLE =
      Map.of("dueDate", "a.dueDate", "state", "a.state", "updatedAt", "a.updatedAt", "id", "a.id");

  private static final List<ApplicationState> CLOSED =
      List.of(ApplicationState.DENIED, ApplicationState.TERMINATED);

  @PersistenceContext(unitName = "private")
  private EntityManager em;

  @Inject private CurrentActor actor;
  @Inject private Systems systems;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /** Art. 7: a draft for one of the actor's unit's systems; one open application per system. */
  public CloudApplication open(
      Long systemId,
      List<ResourceDraft> resources,
      ElasticRange.Draft elastic,
      Violations violations) {
    Actor who = actor.get();
    who.require(Role.UNIT_APPLICANT);
    AppSystem system = ownSystem(systemId, violations);
    ResourcePlan plan = ResourcePlan.from(resources, elastic, violations);
    if (system != null && hasOpenApplication(system.getId())) {
      violations.add("systemId", "application.system.hasOpen");
    }
    violations.throwIfAny();
    CloudApplication application =
        new CloudApplication(
            who.tenant().id(),
            system.getId(),
            system.getUnitId(),
            ResourceJson.write(resources),
            plan.elastic().map(ElasticRange::min).orElse(null),
            plan.elastic().map(ElasticRange::max).orElse(null),
            clock.instant());
    em.persist(application);
    em.flush();
    em.persist(
        new ApplicationEvent(
            application, clock.instant(), who.username(), "create", null, null, null, null));
    audit.record(
        who,
        AuditAction.APPLICATION_CREATE,
        "application",
        application.getId(),
        null,
        Map.of("systemId", system.getId(), "state", application.getState().name()));
    return application;
  }

  /**
   * Art. 7: a draft's system and resource lines, revised by the unit applicant before submission;
   * the other system must be of the unit and without an open application of its own.
   */
  public CloudApplication revise(
      long id,
      Long systemId,
      List<ResourceDraft> resources,
      ElasticRange.Draft elastic,
      Violations violations) {
    Actor who = actor.get();
    who.require(Role.UNIT_APPLICANT);
    CloudApplication application = get(id);
    if (application.getState() != ApplicationState.DRAFT) {
      throw new Conflict("application.draft.notDraft");
    }
    AppSystem system = ownSystem(systemId, violations);
    ResourcePlan plan = ResourcePlan.from(resources, elastic, violations);
    if (system != null
        && !system.getId().equals(application.getSystemId())
        && hasOpenApplication(system.getId())) {
      violations.add("systemId", "application.system.hasOpen");
    }
    violations.throwIfAny();
    Map<String, Object> before =
        Map.of("systemId", application.getSystemId(), "resources", application.getResources());
    application.revise(
        system.getId(),
        ResourceJson.write(resources),
        plan.elastic().map(ElasticRange::min).orElse(null),
        plan.elastic().map(ElasticRange::max).orElse(null),
        clock.instant());
    audit.record(
        who,
        AuditAction.APPLICATION_REVISE,
        "application",
        application.getId(),
        before,
        Map.of("systemId", system.getId(), "resources", application.getResources()));
    return application;
  }

  /**
   * Art. 7: the application still open (neither denied nor terminated) for one of the unit's
   * systems; empty when a new one may be opened.
   */
  public Optional<Long> openApplicationOf(long systemId) {
    actor.get().require(Role.UNIT_APPLICANT);
    systems.ownUnitSystem(systemId);
    return em.createQuery(
            "select a.id from CloudApplication a where a.systemId = :system and a.state not in :closed",
            Long.class)
        .setParameter("system", systemId)
        .setParameter("closed", CLOSED)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  public CloudApplication get(long id) {
    Actor who = actor.get();
    ApplicationPolicy.requireRead(who);
    CloudApplication application = em.find(CloudApplication.class, id);
    if (application == null || !ApplicationPolicy.sees(application, systems)) {
      throw new NotFound("application", id);
    }
    return application;
  }

  public List<ApplicationEvent> history(long id) {
    get(id);
    return em.createQuery(
            "select e from ApplicationEvent e where e.applicationId = :id order by e.id",
            ApplicationEvent.class)
        .setParameter("id", id)
        .getResultList();
  }

  /** The applications the actor may see, optionally in one state, soonest due first by default. */
  public Page<CloudApplication> list(ApplicationState state, PageRequest request) {
    return list(state, false, request);
  }

  /**
   * As above; with {@code overdueOnly} just those whose step is past its due date (the deadline
   * ends at 24:00 of the due date, Asia/Shanghai); the request's search matches the system's name.
   */
  public Page<CloudApplication> list(
      ApplicationState state, boolean overdueOnly, PageRequest request) {
    Actor who = actor.get();
    ApplicationPolicy.requireRead(who);
    Long unit = systems.visibleUnit();
    LocalDate today = LocalDate.now(clock.withZone(Clocks.ZONE));
    List<String> filters = new ArrayList<>(List.of("a.tenantId = :tenant"));
    if (unit != null) {
      filters.add("a.unitId = :unit");
    }
    if (state != null) {
      filters.add("a.state = :state");
    }
    if (overdueOnly) {
      filters.add("a.dueDate < :today");
    }
    if (request.search() != null) {
      filters.add(
          "a.systemId in (select s.id from AppSystem s where lower(s.name) like :q escape '\\')");
    }
    return Listing.page(
        em,
        CloudApplication.class,
        "CloudApplication a",
        String.join(" and ", filters),
        query -> {
          // stated as well as enforced by row-level security, so that the tenant's index is used
          query.setParameter("tenant", who.tenant().id().value());
          if (unit != null) {
            query.setParameter("unit", unit);
          }
          if (state != null) {
            query.setParameter("state", state);
          }
          if (overdueOnly) {
            query.setParameter("today", today);
          }
          if (request.search() != null) {
            query.setParameter("q", request.likePattern());
          }
        },
        request,
        SORTABLE);
  }

  /**
   * Art. 6, 8–12: what waits for the actor, soonest due first (overdue ones therefore first, steps
   * without a deadline last): the states in which one of the actor's roles may act, except running
   * systems; unit staff see their unit's only. The request's search matches the system's name. The
   * tenant is stated as well as enforced by row-level security: the policy's "or oversight" keeps
   * PostgreSQL from using the tenant's index, the stated tenant lets it (docs/benchmarks.md).
   */
  public Page<CloudApplication> inbox(PageRequest request) {
    Actor who = actor.get();
    ApplicationPolicy.requireRead(who);
    Set<ApplicationState> states = EnumSet.noneOf(ApplicationState.class);
    who.roles().stream().filter(who::has).map(Lifecycle::waitingFor).forEach(states::addAll);
    states.remove(ApplicationState.ACTIVE);
    if (states.isEmpty()) {
      return new Page<>(List.of(), request.page(), request.size(), 0);
    }
    Long unit = systems.visibleUnit();
    String like = request.search() == null ? null : request.likePattern();
    String where =
        "a.tenantId = :tenant and a.state in :states"
            + (unit == null ? "" : " and a.unitId = :unit")
            + (like == null
                ? ""
                : " and a.systemId in (select s.id from AppSystem s where lower(s.name) like :q escape '\\')");
    return Listing.page(
        em,
        CloudApplication.class,
        "CloudApplication a",
        where,
        query -> {
          query.setParameter("tenant", who.tenant().id().value());
          query.setParameter("states", states);
          if (unit != null) {
            query.setParameter("unit", unit);
          }
          if (like != null) {
            query.setParameter("q", like);
          }
        },
        request,
        SORTABLE);
  }

  /** The names of the given systems, for lists. */
  public Map<Long, String> systemNames(Collection<Long> systemIds) {
    if (systemIds.isEmpty()) {
      return Map.of();
    }
    Map<Long, String> names = new HashMap<>();
    em.createQuery("select s.id, s.name from AppSystem s where s.id in :ids", Object[].class)
        .setParameter("ids", systemIds)
        .getResultList()
        .forEach(row -> names.put((Long) row[0], (String) row[1]));
    return names;
  }

  private AppSystem ownSystem(Long systemId, Violations violations) {
    if (systemId == null) {
      violations.add("systemId", "validation.required");
      return null;
    }
    try {
      return systems.ownUnitSystem(systemId);
    } catch (NotFound e) {
      violations.add("systemId", "application.system.unknown");
      return null;
    }
  }

  private boolean hasOpenApplication(long systemId) {
    return em.createQuery(
                "select count(a) from CloudApplication a where a.systemId = :system and a.state not in :closed",
                Long.class)
            .setParameter("system", systemId)
            .setParameter("closed", CLOSED)
            .getSingleResult()
        > 0;
  }
}
