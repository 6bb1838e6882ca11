package cn.gov.zj.cloud.privateportal.registry;

import cn.gov.zj.cloud.domain.application.ApplicationState;
import cn.gov.zj.cloud.domain.registry.OfficerAccount;
import cn.gov.zj.cloud.domain.registry.RetireReason;
import cn.gov.zj.cloud.domain.registry.SystemDetails;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.audit.AuditAction;
import cn.gov.zj.cloud.privateportal.audit.AuditLog;
import cn.gov.zj.cloud.privateportal.paging.Page;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
import cn.gov.zj.cloud.privateportal.rest.Conflict;
import cn.gov.zj.cloud.privateportal.security.Actor;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import cn.gov.zj.cloud.privateportal.staff.OfficerDirectory;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Art. 3, Art. 18: the application systems of the tenant's using units. */
@ApplicationScoped
@Transactional
@TenantBound
public class Systems {

  /** Sort fields of the system list and the JPQL path of each. */
  public static final Map<String, String> SORTABLE =
      Map.of(
          "name", "s.name",
          "mlpsLevel", "s.mlpsLevel",
          "cloudStatus", "s.cloudStatus",
          "updatedAt", "s.updatedAt",
          "id", "s.id");

  /** Art. 7: states in which an application is closed. */
  private static final List<ApplicationState> CLOSED =
      List.of(ApplicationState.DENIED, ApplicationState.TERMINATED);

  @PersistenceContext(unitName = "private")
  private EntityManager em;

  @Inject private CurrentActor actor;
  @Inject private Units units;
  @Inject private AuditLog audit;
  @Inject private Clock clock;
  @Inject private OfficerDirectory officers;

  public Page<AppSystem> list(PageRequest request) {
    return list(request, false);
  }

  /** Art. 18: as above; {@code mine}: only the systems whose officer account is the actor's. */
  public Page<AppSystem> list(PageRequest request, boolean mine) {
    Actor who = actor.get();
    RegistryPolicy.requireReadSystems(who);
    Long ownUnit = RegistryPolicy.limitedToOwnUnit(who) ? ownUnitId(who).orElse(-1L) : null;
    return new SystemQuery(ownUnit, null, mine ? who.username() : null).page(em, request);
  }

  public AppSystem get(long id) {
    Actor who = actor.get();
    RegistryPolicy.requireReadSystems(who);
    return visible(who, id);
  }

  /**
   * Art. 3: registers a system of the actor's own unit ({@code unitId} may name it, or be null).
   */
  public AppSystem register(Long unitId, SystemDetails.Draft draft) {
    return register(unitId, draft, new Violations());
  }

  /** As above, adding to faults already found in the input (e.g. values of the wrong type). */
  public AppSystem register(Long unitId, SystemDetails.Draft draft, Violations violations) {
    return register(unitId, draft, null, violations);
  }

  /**
   * Art. 3, Art. 18: as above, naming the officer's account ({@code officerAccount}, a
   * unit-security-officer of the unit; null or blank: none).
   */
  public AppSystem register(
      Long unitId, SystemDetails.Draft draft, String officerAccount, Violations violations) {
    Actor who = actor.get();
    RegistryPolicy.requireRegisterSystems(who);
    Long unit = ownUnit(who, unitId, violations);
    SystemDetails details = SystemDetails.from(draft, today(), violations);
    String account = officerAccount(who, unit, officerAccount, violations);
    violations.throwIfAny();
    AppSystem system = store(who, unit, details);
    if (account != null) {
      Map<String, Object> before = system.snapshot();
      system.assignOfficerAccount(account, clock.instant());
      SystemChanges.record(audit, who, system.getId(), before, system.snapshot());
    }
    return system;
  }

  /** Stores and audits a checked system of {@code unitId} (a registration or an imported row). */
  AppSystem store(Actor who, long unitId, SystemDetails details) {
    AppSystem system = new AppSystem(who.tenant().id(), unitId, details, clock.instant());
    em.persist(system);
    em.flush();
    audit.record(
        who, AuditAction.SYSTEM_REGISTER, "system", system.getId(), null, system.snapshot());
    return system;
  }

  /** Art. 3, Art. 18: changes a system of the actor's own unit. */
  public AppSystem update(long id, Long unitId, SystemDetails.Draft draft) {
    return update(id, unitId, draft, new Violations());
  }

  /** As above, adding to faults already found in the input; the officer's account is kept. */
  public AppSystem update(long id, Long unitId, SystemDetails.Draft draft, Violations violations) {
    return update(id, unitId, draft, Optional.empty(), violations);
  }

  /**
   * Art. 3, Art. 18: as above, naming the officer's account ({@code officerAccount}: present and
   * blank for none; empty to keep it). A change of officer or MLPS level is audited besides.
   */
  public AppSystem update(
      long id,
      Long unitId,
      SystemDetails.Draft draft,
      Optional<String> officerAccount,
      Violations violations) {
    Actor who = actor.get();
    RegistryPolicy.requireRegisterSystems(who);
    AppSystem system = visible(who, id);
    refuseRetired(system);
    Long unit = ownUnit(who, unitId == null ? system.getUnitId() : unitId, violations);
    SystemDetails details = SystemDetails.from(draft, today(), violations);
    String account =
        officerAccount.isPresent()
            ? officerAccount(who, unit, officerAccount.get(), violations)
            : system.getSecurityOfficerAccount();
    violations.throwIfAny();
    Map<String, Object> before = system.snapshot();
    system.revise(unit, details, clock.instant());
    system.assignOfficerAccount(account, clock.instant());
    audit.record(who, AuditAction.SYSTEM_UPDATE, "system", id, before, system.snapshot());
    em.flush();
    SystemChanges.record(audit, who, id, before, system.snapshot());
    return system;
  }

  /**
   * Art. 18: the officer's account as given (null: none); 400 naming {@code securityOfficerAccount}
   * when the realm says it is no unit-security-officer of the unit (asked only for input otherwise
   * valid).
   */
  private String officerAccount(Actor who, Long unitId, String raw, Violations violations) {
    String username = OfficerAccount.username(raw, violations);
    if (username == null || unitId == null || !violations.isEmpty()) {
      return username;
    }
    String unitCode = units.find(unitId).map(UsingUnit::getCreditCode).orElse("");
    OfficerAccount.check(officers.isOfficerOf(who.tenant().id(), username, unitCode), violations);
    return username;
  }

  /**
   * Art. 18, Art. 20: the system's officer account, which alone decides on access grants for it;
   * null while none is named (then the unit's staff decide).
   */
  public String officerAccountOf(long systemId) {
    AppSystem system = em.find(AppSystem.class, systemId);
    return system == null ? null : system.getSecurityOfficerAccount();
  }

  /**
   * Art. 3, Art. 7: a system of the actor's own unit that takes applications, else not found (a
   * retired system takes no new application).
   */
  public AppSystem ownUnitSystem(long id) {
    Actor who = actor.get();
    AppSystem system = em.find(AppSystem.class, id);
    if (system == null
        || system.isRetired()
        || !system.getUnitId().equals(ownUnitId(who).orElse(null))) {
      throw new NotFound("system", id);
    }
    return system;
  }

  /**
   * Art. 3, Art. 7: the systems of the actor's unit that take a new application (not retired), by
   * name; what the application wizard offers.
   */
  public List<AppSystem> applicable() {
    Actor who = actor.get();
    RegistryPolicy.requireRegisterSystems(who);
    return em.createQuery(
            "select s from AppSystem s where s.unitId = :unit and s.retiredAt is null"
                + " order by s.name, s.id",
            AppSystem.class)
        .setParameter("unit", ownUnitId(who).orElse(-1L))
        .setMaxResults(PageRequest.MAX_SIZE)
        .getResultList();
  }

  /**
   * Art. 3: retires a system of the actor's unit (the tenant administrator: of any unit) with a
   * reason; kept and shown as retired. Refused while an application of it is open.
   */
  public AppSystem retire(long id, String reason) {
    Actor who = actor.get();
    RegistryPolicy.requireRetireSystems(who);
    AppSystem system = visible(who, id);
    String why = RetireReason.of(reason);
    refuseRetired(system);
    if (!openApplications(id).isEmpty()) {
      throw new Conflict("registry.system.retire.openApplication");
    }
    Map<String, Object> before = system.snapshot();
    system.retire(why, clock.instant());
    audit.record(who, AuditAction.SYSTEM_RETIRE, "system", id, before, system.snapshot());
    return system;
  }

  /** Art. 6–12: the applications of a system the actor sees, newest first. */
  public List<SystemApplication> applications(long id) {
    Actor who = actor.get();
    RegistryPolicy.requireReadSystems(who);
    visible(who, id);
    return em.createQuery(
            "select new cn.gov.zj.cloud.privateportal.registry.SystemApplication("
                + "a.id, a.state, a.createdAt, a.stateSince) from CloudApplication a"
                + " where a.systemId = :id order by a.createdAt desc, a.id desc",
            SystemApplication.class)
        .setParameter("id", id)
        .getResultList();
  }

  /** Art. 7: one open application per system; the open one, if any. */
  private List<SystemApplication> openApplications(long id) {
    return applications(id).stream()
        .filter(application -> !CLOSED.contains(application.state()))
        .toList();
  }

  private static void refuseRetired(AppSystem system) {
    if (system.isRetired()) {
      throw new Conflict("registry.system.retired");
    }
  }

  /**
   * The unit whose records alone the actor sees: their own unit for unit staff (-1 when they have
   * none), null for the department, provider and supervisor roles, who see the tenant's.
   */
  public Long visibleUnit() {
    Actor who = actor.get();
    return RegistryPolicy.limitedToOwnUnit(who) ? ownUnitId(who).orElse(-1L) : null;
  }

  private AppSystem visible(Actor who, long id) {
    AppSystem system = em.find(AppSystem.class, id);
    if (system == null
        || RegistryPolicy.limitedToOwnUnit(who)
            && !system.getUnitId().equals(ownUnitId(who).orElse(null))) {
      throw new NotFound("system", id);
    }
    return system;
  }

  /** The actor's unit id; a named unit must be that one, and not retired. */
  private Long ownUnit(Actor who, Long requested, Violations violations) {
    Optional<Long> own = ownUnitId(who);
    if (own.isEmpty()) {
      violations.add("unitId", "registry.system.unit.missing");
      return null;
    }
    if (units.find(own.get()).map(UsingUnit::isRetired).orElse(false)) {
      violations.add("unitId", "registry.system.unit.retired");
      return null;
    }
    if (requested != null && !requested.equals(own.get())) {
      violations.add(
          "unitId",
          units.find(requested).isPresent()
              ? "registry.system.unit.notYours"
              : "registry.system.unit.unknown");
      return null;
    }
    return own.get();
  }

  private Optional<Long> ownUnitId(Actor who) {
    return who.unit().flatMap(units::byCreditCode).map(UsingUnit::getId);
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(Clocks.ZONE));
  }
}
