package cn.gov.zj.cloud.privateportal.staff;

import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.staff.StaffChange;
import cn.gov.zj.cloud.domain.staff.StaffDetails;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.audit.AuditAction;
import cn.gov.zj.cloud.privateportal.audit.AuditLog;
import cn.gov.zj.cloud.privateportal.paging.Page;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
import cn.gov.zj.cloud.privateportal.registry.Units;
import cn.gov.zj.cloud.privateportal.registry.UsingUnit;
import cn.gov.zj.cloud.privateportal.rest.Conflict;
import cn.gov.zj.cloud.privateportal.security.AccessDenied;
import cn.gov.zj.cloud.privateportal.security.Actor;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import cn.gov.zj.cloud.privateportal.tenant.NotFound;
import cn.gov.zj.cloud.privateportal.tenant.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Art. 4, Art. 25: the tenant administrator opens staff accounts in the tenant's own realm; unit
 * staff are tied to one using unit of the tenant by its credit code.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class StaffAccounts {

  private static final String PASSWORD_ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject private CurrentActor actor;
  @Inject private RealmDirectory directory;
  @Inject private Units units;
  @Inject private AuditLog audit;

  /**
   * Art. 25: the realm's accounts, a page at a time (Keycloak orders them by username), each with
   * its roles and its unit's name.
   */
  public Page<StaffAccount> list(PageRequest request) {
    Actor who = actor.get();
    who.require(Role.TENANT_ADMIN);
    var tenant = who.tenant().id();
    Map<String, String> unitNames = new HashMap<>();
    return new Page<>(
        directory.list(tenant, request.offset(), request.size(), request.search()).stream()
            .map(account -> complete(account, unitNames))
            .toList(),
        request.page(),
        request.size(),
        directory.count(tenant, request.search()));
  }

  /** Art. 25: one account of the tenant's realm; 404 for any other id. */
  public StaffAccount get(String id) {
    Actor who = actor.get();
    who.require(Role.TENANT_ADMIN);
    return directory
        .find(who.tenant().id(), id)
        .filter(account -> !account.isServiceAccount())
        .map(account -> complete(account, new HashMap<>()))
        .orElseThrow(() -> new NotFound("staff account", id));
  }

  /**
   * Art. 25: new names, email, roles and unit of an account. An administrator's own roles stay as
   * they are; the account of the province-wide role is not a tenant administrator's to change.
   */
  public StaffAccount update(String id, StaffChange.Draft draft, Violations violations) {
    Actor who = actor.get();
    StaffAccount before = managed(id);
    StaffChange change = StaffChange.from(draft, violations);
    String unitCode =
        change == null || change.unitId() == null ? null : unitCode(change.unitId(), violations);
    violations.throwIfAny();
    boolean rolesChange = !Set.copyOf(before.roles()).equals(change.roles());
    if (rolesChange && isSelf(who, before)) {
      throw new Conflict("staff.self");
    }
    Map<String, Object> after = new LinkedHashMap<>(snapshot(before));
    after.put("name", change.lastName() + change.firstName());
    after.put("email", change.email());
    after.put("unit", unitCode);
    after.put("roles", change.roles().stream().map(Role::realmRole).sorted().toList());
    audit.record(
        who,
        rolesChange ? AuditAction.STAFF_ROLES : AuditAction.STAFF_UPDATE,
        "staff",
        before.username(),
        snapshot(before),
        after);
    var tenant = who.tenant().id();
    if (!directory.update(
        tenant, id, change.firstName(), change.lastName(), change.email(), unitCode)) {
      violations.add("email", "staff.username.taken").throwIfAny();
    }
    if (rolesChange) {
      directory.setRoles(tenant, id, change.roles());
    }
    return get(id);
  }

  /**
   * Art. 25: disables or enables an account; disabling ends its sessions in Keycloak and, by
   * back-channel logout, in the portal.
   */
  public StaffAccount setEnabled(String id, boolean enabled) {
    Actor who = actor.get();
    StaffAccount before = othersAccount(who, id);
    Map<String, Object> after = new LinkedHashMap<>(snapshot(before));
    after.put("enabled", enabled);
    audit.record(
        who,
        enabled ? AuditAction.STAFF_ENABLE : AuditAction.STAFF_DISABLE,
        "staff",
        before.username(),
        snapshot(before),
        after);
    directory.setEnabled(who.tenant().id(), id, enabled);
    return get(id);
  }

  /**
   * Art. 25: a new temporary password, shown once to the administrator and changed by its owner at
   * the next sign-in; the owner's sessions end.
   */
  public String resetPassword(String id) {
    Actor who = actor.get();
    StaffAccount account = othersAccount(who, id);
    audit.record(
        who, AuditAction.STAFF_PASSWORD_RESET, "staff", account.username(), null, Map.of());
    String password = temporaryPassword();
    directory.resetPassword(who.tenant().id(), id, password);
    return password;
  }

  /** Art. 25: removes an account from the realm, its sessions ended first. */
  public void remove(String id) {
    Actor who = actor.get();
    StaffAccount account = othersAccount(who, id);
    audit.record(
        who, AuditAction.STAFF_REMOVE, "staff", account.username(), snapshot(account), null);
    directory.remove(who.tenant().id(), id);
  }

  /** An account the actor may manage: of the realm, no service account, no province role. */
  private StaffAccount managed(String id) {
    StaffAccount account = get(id);
    if (account.holdsProvinceRole()) {
      throw new AccessDenied(Role.PROVINCE_ADMIN);
    }
    return account;
  }

  /** As {@link #managed}, and not the actor's own account. */
  private StaffAccount othersAccount(Actor who, String id) {
    StaffAccount account = managed(id);
    if (isSelf(who, account)) {
      throw new Conflict("staff.self");
    }
    return account;
  }

  private static boolean isSelf(Actor who, StaffAccount account) {
    return account.username().equals(who.username());
  }

  private StaffAccount complete(StaffAccount account, Map<String, String> unitNames) {
    String unitName =
        account.unitCode() == null
            ? null
            : unitNames.computeIfAbsent(
                account.unitCode(),
                code -> units.byCreditCode(code).map(UsingUnit::getName).orElse(null));
    List<Role> roles =
        directory.roles(actor.get().tenant().id(), account.id()).stream().sorted().toList();
    return account.with(roles, unitName);
  }

  private static Map<String, Object> snapshot(StaffAccount account) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("id", account.id());
    state.put("name", account.displayName());
    state.put("email", account.email());
    state.put("unit", account.unitCode());
    state.put("roles", account.roles().stream().map(Role::realmRole).sorted().toList());
    state.put("enabled", account.enabled());
    return state;
  }

  /**
   * Art. 4, Art. 25: opens an account; the audit record is written first, in the same transaction,
   * so a failure in Keycloak leaves no record and no account.
   */
  public Opened open(StaffDetails.Draft draft, Violations violations) {
    Actor who = actor.get();
    who.require(Role.TENANT_ADMIN);
    StaffDetails details = StaffDetails.from(draft, violations);
    String unitCode =
        details == null || details.unitId() == null ? null : unitCode(details.unitId(), violations);
    violations.throwIfAny();
    String password = temporaryPassword();
    RealmDirectory.NewAccount account =
        new RealmDirectory.NewAccount(
            details.username(),
            details.firstName(),
            details.lastName(),
            details.email(),
            details.role(),
            unitCode,
            password);
    audit.record(
        who,
        AuditAction.STAFF_OPEN,
        "staff",
        details.username(),
        null,
        snapshot(details, unitCode));
    String id =
        directory
            .create(who.tenant().id(), account)
            .orElseGet(
                () -> {
                  violations.add("username", "staff.username.taken").throwIfAny();
                  return null;
                });
    return new Opened(id, details, unitCode, password);
  }

  /** An account just opened, with the temporary password shown once to the administrator. */
  public record Opened(
      String id, StaffDetails details, String unitCode, String temporaryPassword) {}

  private String unitCode(long unitId, Violations violations) {
    try {
      return units.get(unitId).getCreditCode();
    } catch (NotFound e) {
      violations.add("unitId", "registry.system.unit.unknown");
      return null;
    }
  }

  private static Map<String, Object> snapshot(StaffDetails details, String unitCode) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("username", details.username());
    state.put("name", details.lastName() + details.firstName());
    state.put("email", details.email());
    state.put("role", details.role().realmRole());
    state.put("unit", unitCode);
    return state;
  }

  static String temporaryPassword() {
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 14; i++) {
      password.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
    }
    return password.toString();
  }
}
