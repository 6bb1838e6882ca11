package cn.gov.zj.cloud.realm;

import java.util.Set;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.userprofile.config.UPAttribute;
import org.keycloak.representations.userprofile.config.UPAttributePermissions;
import org.keycloak.representations.userprofile.config.UPConfig;

/**
 * Art. 3, Art. 4: the user attribute {@code unit} holds the credit code of the user's using unit.
 * Keycloak's declarative user profile drops attributes it does not know, so the realm declares it:
 * users and admins see it, only admins change it.
 */
final class UnitAttribute {

  static final String NAME = "unit";

  private UnitAttribute() {}

  /** Declares the attribute when missing; true when the realm changed. */
  static boolean ensureDeclared(RealmResource realm) {
    UPConfig config = realm.users().userProfile().getConfiguration();
    if (config.getAttribute(NAME) != null) {
      return false;
    }
    UPAttribute unit =
        new UPAttribute(NAME, new UPAttributePermissions(Set.of("admin", "user"), Set.of("admin")));
    unit.setDisplayName("使用单位统一社会信用代码");
    config.addOrReplaceAttribute(unit);
    realm.users().userProfile().update(config);
    return true;
  }
}
