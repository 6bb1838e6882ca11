package cn.gov.zj.cloud.privateportal.security;

import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.tenant.Tenant;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Who acts, in which tenant, with which realm roles and for which using unit: taken only from a
 * verified token of the realm that the path names.
 *
 * @param unitCode the credit code of the user's using unit (Keycloak attribute {@code unit})
 */
public record Actor(
    Tenant tenant, String username, String displayName, Set<Role> roles, String unitCode)
    implements Serializable {

  /** The request attribute under which the authentication mechanism leaves the actor. */
  public static final String ATTRIBUTE = Actor.class.getName();

  private static final long serialVersionUID = 1L;

  public Actor {
    roles = Set.copyOf(roles);
  }

  public boolean has(Role role) {
    return roles.contains(role) && (!role.provinceOnly() || tenant.isProvince());
  }

  public boolean hasAny(Role... wanted) {
    return Arrays.stream(wanted).anyMatch(this::has);
  }

  /** 403 unless the actor holds one of these roles. */
  public void require(Role... wanted) {
    if (!hasAny(wanted)) {
      throw new AccessDenied(wanted);
    }
  }

  public Optional<String> unit() {
    return Optional.ofNullable(unitCode).filter(code -> !code.isBlank());
  }
}
