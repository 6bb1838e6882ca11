package cn.gov.zj.cloud.realm;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.userprofile.config.UPAttribute;
import org.keycloak.representations.userprofile.config.UPAttributePermissions;
import org.keycloak.representations.userprofile.config.UPAttributeRequired;
import org.keycloak.representations.userprofile.config.UPConfig;

/**
 * Art. 25: a person's first and last name are what the portal shows their colleagues, so only the
 * tenant's administrators set them; users see them but cannot rename themselves (no "局长" by one's
 * own hand) in the account console or its REST API. Keycloak's declarative user profile carries
 * that as the attributes' edit permission; the names are then required of administrators only, so
 * that Keycloak never asks a user to fill in what they may not edit.
 */
final class NameAttributes {

  static final List<String> NAMES = List.of("firstName", "lastName");
  static final Set<String> ADMIN = Set.of("admin");

  private NameAttributes() {}

  /** Restricts the realm's name attributes when they are not yet admin-only; what changed. */
  static List<String> ensureAdminOnly(RealmResource realm) {
    UPConfig config = realm.users().userProfile().getConfiguration();
    List<String> changed = restrict(config);
    if (!changed.isEmpty()) {
      realm.users().userProfile().update(config);
    }
    return changed;
  }

  /** Makes every name attribute of the configuration admin-editable only; what changed. */
  static List<String> restrict(UPConfig config) {
    List<String> changed = new ArrayList<>();
    for (String name : NAMES) {
      UPAttribute attribute = config.getAttribute(name);
      if (attribute != null && restrict(attribute)) {
        changed.add("USER_PROFILE " + name + " edit admin only");
      }
    }
    return changed;
  }

  private static boolean restrict(UPAttribute attribute) {
    boolean changed = false;
    UPAttributePermissions permissions = attribute.getPermissions();
    if (permissions == null) {
      attribute.setPermissions(new UPAttributePermissions(Set.of("admin", "user"), ADMIN));
      changed = true;
    } else if (!ADMIN.equals(permissions.getEdit())) {
      permissions.setEdit(ADMIN);
      changed = true;
    }
    UPAttributeRequired required = attribute.getRequired();
    if (required != null && !ADMIN.equals(required.getRoles())) {
      required.setRoles(ADMIN);
      changed = true;
    }
    return changed;
  }
}
