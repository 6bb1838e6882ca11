package cn.gov.zj.cloud.domain.staff;

import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.validation.Texts;
import cn.gov.zj.cloud.domain.validation.Violations;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Art. 4, Art. 25: an account that a tenant administrator opens in the tenant's realm. Unit staff
 * belong to one using unit; department, provider and supervisor accounts belong to none. The
 * province-wide role is never handed out by a tenant administrator.
 *
 * @param unitId the id of the using unit in the tenant's registry, for unit staff only
 */
public record StaffDetails(
    String username, String firstName, String lastName, String email, Role role, Long unitId) {

  public static final int MAX_NAME = 100;
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

  /** Raw input as a form or a JSON body gives it. */
  public record Draft(
      String username, String firstName, String lastName, String email, String role, Long unitId) {}

  /** Checks a draft, naming each invalid field; null when anything is wrong. */
  public static StaffDetails from(Draft draft, Violations violations) {
    String username =
        draft.username() == null ? null : draft.username().strip().toLowerCase(Locale.ROOT);
    if (username == null || username.isEmpty()) {
      violations.addOnce("username", "validation.required");
    } else if (!USERNAME.matcher(username).matches()) {
      violations.addOnce("username", "staff.username.shape");
    }
    String first = name("firstName", draft.firstName(), violations);
    String last = name("lastName", draft.lastName(), violations);
    String email = email(draft.email(), violations);
    Role role = role(draft, violations);
    if (!violations.isEmpty()) {
      return null;
    }
    return new StaffDetails(
        username, first, last, email, role, role.isUnitStaff() ? draft.unitId() : null);
  }

  /** A checked email address, or null with the fault collected. */
  public static String email(String text, Violations violations) {
    String email = text == null ? null : text.strip();
    if (email == null || email.isEmpty()) {
      violations.addOnce("email", "validation.required");
    } else if (email.length() > 200
        || !EMAIL.matcher(email).matches()
        || Texts.fault(email, false).isPresent()) {
      violations.addOnce("email", "staff.email.shape");
    }
    return email;
  }

  /**
   * Art. 4: a role a tenant administrator may hand out, or null with the fault on {@code field}.
   */
  static Role grantable(String field, String name, Violations violations) {
    Role role = name == null ? null : Role.ofRealmRole(name.strip()).orElse(null);
    if (role == null || role.provinceOnly()) {
      violations.addOnce(field, name == null ? "validation.required" : "staff.role.unknown");
      return null;
    }
    return role;
  }

  private static Role role(Draft draft, Violations violations) {
    Role role = grantable("role", draft.role(), violations);
    if (role == null) {
      return null;
    }
    if (role.isUnitStaff() && draft.unitId() == null) {
      violations.addOnce("unitId", "staff.unit.required");
    } else if (!role.isUnitStaff() && draft.unitId() != null) {
      violations.addOnce("unitId", "staff.unit.onlyUnitStaff");
    }
    return role;
  }

  static String name(String field, String text, Violations violations) {
    return Texts.requiredLine(field, text, MAX_NAME, violations);
  }
}
