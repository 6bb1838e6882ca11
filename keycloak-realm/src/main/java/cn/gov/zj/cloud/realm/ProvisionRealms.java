package cn.gov.zj.cloud.realm;

import cn.gov.zj.cloud.domain.tenant.TenantDirectory;
import java.util.Map;
import org.keycloak.admin.client.Keycloak;

/**
 * Production entry point: provisions the realms of every tenant in an existing Keycloak, with the
 * settings of docs/runtime.md read from the environment. Safe to run again at any time.
 */
public final class ProvisionRealms {

  private ProvisionRealms() {}

  public static void main(String[] args) {
    Map<String, String> environment = System.getenv();
    ProvisioningSettings settings = ProvisioningSettings.fromEnvironment(environment);
    try (Keycloak admin =
        masterAdmin(
            settings.keycloakUrl(),
            ProvisioningSettings.required(environment, "ZJ_KEYCLOAK_ADMIN_USER"),
            ProvisioningSettings.required(environment, "ZJ_KEYCLOAK_ADMIN_PASSWORD"))) {
      System.out.println(new RealmProvisioner(admin, settings).provision(TenantDirectory.load()));
    }
  }

  /** A master-realm administrator through {@code admin-cli}: the provisioner's only login. */
  public static Keycloak masterAdmin(String keycloakUrl, String username, String password) {
    return Keycloak.getInstance(keycloakUrl, "master", username, password, "admin-cli");
  }
}
