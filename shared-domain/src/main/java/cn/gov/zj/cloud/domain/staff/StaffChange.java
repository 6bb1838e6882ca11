package cn.gov.zj.cloud.domain.staff;

import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.validation.Violations;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Art. 4, Art. 25: what a tenant administrator changes of an existing account: the names, the
 * email, the roles (at least one, never the province-wide one) and, for unit staff only, the using
 * unit. The username never changes.
 *
 * @param unitId the id of the using unit in the tenant's registry when a role is a unit role
 */
public record StaffChange(
    String firstName, String lastName, String email, Set<Role> roles, Long unitId) {

  public StaffChange {
    roles = Set.copyOf(roles);
  }

  /** Raw input as a form or a JSON body gives it; roles by their realm names. */
  public record Draft(
      String firstName, String lastName, String email, List<String> roles, Long unitId) {}

  /** Checks a draft, naming each invalid field; null when anything is wrong. */
  public static StaffChange from(Draft draft, Violations violations) {
    String first = StaffDetails.name("firstName", draft.firstName(), violations);
    String last = StaffDetails.name("lastName", draft.lastName(), violations);
    String email = StaffDetails.email(draft.email(), violations);
    Set<Role> roles = roles(draft.roles(), violations);
    boolean unitStaff = roles.stream().anyMatch(Role::isUnitStaff);
    if (unitStaff && draft.unitId() == null) {
      violations.addOnce("unitId", "staff.unit.required");
    } else if (!unitStaff && draft.unitId() != null && !roles.isEmpty()) {
      violations.addOnce("unitId", "staff.unit.onlyUnitStaff");
    }
    if (!violations.isEmpty()) {
      return null;
    }
    return new StaffChange(first, last, email, roles, unitStaff ? draft.unitId() : null);
  }

  /** Whether any of the roles belongs to a using unit. */
  public boolean unitStaff() {
    return roles.stream().anyMatch(Role::isUnitStaff);
  }

  private static Set<Role> roles(List<String> names, Violations violations) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (names == null || names.isEmpty()) {
      violations.addOnce("roles", "staff.roles.required");
      return roles;
    }
    for (String name : names) {
      Role role = StaffDetails.grantable("roles", name, violations);
      if (role != null) {
        roles.add(role);
      }
    }
    return roles;
  }
}
