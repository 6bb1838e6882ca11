package cn.gov.zj.cloud.privateportal.registry;

import cn.gov.zj.cloud.domain.registry.RetireReason;
import cn.gov.zj.cloud.domain.registry.UnitDetails;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.audit.AuditAction;
import cn.gov.zj.cloud.privateportal.audit.AuditLog;
import cn.gov.zj.cloud.privateportal.paging.Listing;
import cn.gov.zj.cloud.privateportal.paging.Page;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
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
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Art. 3, Art. 4: the tenant's using units. */
@ApplicationScoped
@Transactional
@TenantBound
public class Units {

  /** Sort fields of the unit list and the JPQL path of each. */
  public static final Map<String, String> SORTABLE =
      Map.of(
          "name", "u.name", "creditCode", "u.creditCode", "updatedAt", "u.updatedAt", "id", "u.id");

  @PersistenceContext(unitName = "private")
  private EntityManager em;

  @Inject private CurrentActor actor;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  public Page<UsingUnit> list(PageRequest request) {
    RegistryPolicy.requireReadUnits(actor.get());
    String where =
        request.search() == null
            ? ""
            : "lower(u.name) like :q escape '\\' or u.creditCode like :code";
    return Listing.page(
        em,
        UsingUnit.class,
        "UsingUnit u",
        where,
        query -> {
          if (request.search() != null) {
            query.setParameter("q", request.likePattern());
            query.setParameter("code", request.likePattern().toUpperCase(java.util.Locale.ROOT));
          }
        },
        request,
        SORTABLE);
  }

  public UsingUnit get(long id) {
    RegistryPolicy.requireReadUnits(actor.get());
    return find(id).orElseThrow(() -> new NotFound("unit", id));
  }

  /** Art. 3: registers a unit; its credit code is unique within the tenant. */
  public UsingUnit create(String name, String creditCode, String contact) {
    return create(name, creditCode, contact, new Violations());
  }

  /** As above, adding to faults already found in the input. */
  public UsingUnit create(String name, String creditCode, String contact, Violations violations) {
    Actor who = actor.get();
    RegistryPolicy.requireManageUnits(who);
    UnitDetails details = checked(name, creditCode, contact, null, violations);
    return store(who, details);
  }

  /** Stores and audits a checked unit (a registration or an imported row). */
  UsingUnit store(Actor who, UnitDetails details) {
    UsingUnit unit = new UsingUnit(who.tenant().id(), details, clock.instant());
    em.persist(unit);
    em.flush();
    audit.record(who, AuditAction.UNIT_CREATE, "unit", unit.getId(), null, unit.snapshot());
    return unit;
  }

  /**
   * Art. 3: retires a unit with a reason; kept and shown as retired. Refused while any of its
   * systems is not retired.
   */
  public UsingUnit retire(long id, String reason) {
    Actor who = actor.get();
    RegistryPolicy.requireManageUnits(who);
    UsingUnit unit = find(id).orElseThrow(() -> new NotFound("unit", id));
    String why = RetireReason.of(reason);
    refuseRetired(unit);
    long active =
        em.createQuery(
                "select count(s) from AppSystem s where s.unitId = :unit and s.retiredAt is null",
                Long.class)
            .setParameter("unit", id)
            .getSingleResult();
    if (active > 0) {
      throw new Conflict("registry.unit.retire.hasSystems", active);
    }
    Map<String, Object> before = unit.snapshot();
    unit.retire(why, clock.instant());
    audit.record(who, AuditAction.UNIT_RETIRE, "unit", id, before, unit.snapshot());
    return unit;
  }

  public UsingUnit update(long id, String name, String creditCode, String contact) {
    return update(id, name, creditCode, contact, new Violations());
  }

  /** As above, adding to faults already found in the input. */
  public UsingUnit update(
      long id, String name, String creditCode, String contact, Violations violations) {
    Actor who = actor.get();
    RegistryPolicy.requireManageUnits(who);
    UsingUnit unit = find(id).orElseThrow(() -> new NotFound("unit", id));
    refuseRetired(unit);
    UnitDetails details = checked(name, creditCode, contact, id, violations);
    Map<String, Object> before = unit.snapshot();
    unit.revise(details, clock.instant());
    audit.record(who, AuditAction.UNIT_UPDATE, "unit", id, before, unit.snapshot());
    return unit;
  }

  /** The unit of that credit code in the actor's tenant. */
  public Optional<UsingUnit> byCreditCode(String creditCode) {
    return em.createQuery("select u from UsingUnit u where u.creditCode = :code", UsingUnit.class)
        .setParameter("code", creditCode)
        .getResultStream()
        .findFirst();
  }

  /** Every unit of the tenant by its credit code (the import checks a whole file at once). */
  Map<String, UsingUnit> byCreditCodes() {
    return em.createQuery("select u from UsingUnit u", UsingUnit.class)
        .getResultStream()
        .collect(java.util.stream.Collectors.toMap(UsingUnit::getCreditCode, unit -> unit));
  }

  /** The names of the units of those ids that the actor's tenant holds. */
  public Map<Long, String> names(java.util.Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em.createQuery("select u from UsingUnit u where u.id in :ids", UsingUnit.class)
        .setParameter("ids", ids)
        .getResultStream()
        .collect(java.util.stream.Collectors.toMap(UsingUnit::getId, UsingUnit::getName));
  }

  Optional<UsingUnit> find(long id) {
    return Optional.ofNullable(em.find(UsingUnit.class, id));
  }

  private UnitDetails checked(
      String name, String creditCode, String contact, Long self, Violations violations) {
    UnitDetails details = UnitDetails.from(name, creditCode, contact, violations);
    if (details != null) {
      byCreditCode(details.creditCode().value())
          .filter(other -> !other.getId().equals(self))
          .ifPresent(other -> violations.add("creditCode", "registry.unit.creditCode.taken"));
    }
    violations.throwIfAny();
    return details;
  }

  private static void refuseRetired(UsingUnit unit) {
    if (unit.isRetired()) {
      throw new Conflict("registry.unit.retired");
    }
  }

  /** The sort fields, for request parsing. */
  public static Set<String> sortFields() {
    return SORTABLE.keySet();
  }
}
