package cn.gov.zj.cloud.privateportal.staff;

import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.staff.StaffDetails;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.audit.AuditAction;
import cn.gov.zj.cloud.privateportal.audit.AuditLog;
import cn.gov.zj.cloud.privateportal.paging.Page;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
import cn.gov.zj.cloud.privateportal.registry.Units;
import cn.gov.zj.cloud.privateportal.security.Actor;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import cn.gov.zj.cloud.privateportal.tenant.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;

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

  /** Art. 25: the realm's accounts, a page at a time (Keycloak orders them by username). */
  public Page<StaffAccount> list(PageRequest request) {
    Actor who = actor.get();
    who.require(Role.TENANT_ADMIN);
    var tenant = who.tenant().id();
    return new Page<>(
        directory.list(tenant, request.offset(), request.size(), request.search()),
        request.page(),
        request.size(),
        directory.count(tenant, request.search()));
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
    } catch (cn.gov.zj.cloud.privateportal.tenant.NotFound e) {
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
