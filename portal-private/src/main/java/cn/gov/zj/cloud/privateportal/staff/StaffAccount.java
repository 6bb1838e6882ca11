package cn.gov.zj.cloud.privateportal.staff;

import cn.gov.zj.cloud.domain.security.Role;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * Art. 4, Art. 25: an account of the tenant's realm as its administrator sees it.
 *
 * @param unitCode the credit code of the user's using unit (Keycloak attribute {@code unit})
 * @param roles the portal roles mapped to the user (empty until {@link #with} fills them in)
 * @param unitName the name of that unit in the tenant's registry; null when none or unknown
 */
public record StaffAccount(
    String id,
    String username,
    String firstName,
    String lastName,
    String email,
    String unitCode,
    boolean enabled,
    List<Role> roles,
    String unitName)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  public StaffAccount {
    roles = List.copyOf(roles);
  }

  /** An account as Keycloak lists it, roles and unit name not yet looked up. */
  public StaffAccount(
      String id,
      String username,
      String firstName,
      String lastName,
      String email,
      String unitCode,
      boolean enabled) {
    this(id, username, firstName, lastName, email, unitCode, enabled, List.of(), null);
  }

  /** The same account with its roles and its unit's name. */
  public StaffAccount with(List<Role> heldRoles, String nameOfUnit) {
    return new StaffAccount(
        id, username, firstName, lastName, email, unitCode, enabled, heldRoles, nameOfUnit);
  }

  /** Family name first, as Chinese names are written. */
  public String displayName() {
    return Objects.toString(lastName, "") + Objects.toString(firstName, "");
  }

  /** Art. 4: the province-wide oversight role, which a tenant administrator never manages. */
  public boolean holdsProvinceRole() {
    return roles.stream().anyMatch(Role::provinceOnly);
  }

  /** The service account of a client, which is no staff account. */
  public boolean isServiceAccount() {
    return username.startsWith("service-account-");
  }
}
