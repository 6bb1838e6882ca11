package cn.gov.zj.cloud.realm;

import cn.gov.zj.cloud.domain.usage.UsageAccount;
import java.util.Map;
import java.util.Objects;

/**
 * What the realm provisioner needs to know besides the tenants; see docs/runtime.md for the
 * environment variables.
 *
 * @param keycloakUrl Keycloak's base URL, as browsers and token issuers see it
 * @param privateBaseUrl where browsers reach portal-private (redirect URIs)
 * @param publicBaseUrl where browsers reach portal-public (redirect URIs)
 * @param interconnectClientSecret the secret of the province's {@code zone-interconnect} client
 *     (Art. 24)
 * @param usageClientSecret the secret of every realm's {@code usage-intake} client, the provider's
 *     monitoring sending daily usage (Art. 15)
 * @param demo development only: demo users and the {@code portal-cli} client
 */
public record ProvisioningSettings(
    String keycloakUrl,
    String privateBaseUrl,
    String publicBaseUrl,
    String privateClientSecret,
    String publicClientSecret,
    String interconnectClientSecret,
    String usageClientSecret,
    boolean demo) {

  public ProvisioningSettings {
    keycloakUrl = withoutTrailingSlash(keycloakUrl, "keycloakUrl");
    privateBaseUrl = withoutTrailingSlash(privateBaseUrl, "privateBaseUrl");
    publicBaseUrl = withoutTrailingSlash(publicBaseUrl, "publicBaseUrl");
    requireText(privateClientSecret, "privateClientSecret");
    requireText(publicClientSecret, "publicClientSecret");
    requireText(interconnectClientSecret, "interconnectClientSecret");
    requireText(usageClientSecret, "usageClientSecret");
  }

  /**
   * Reads {@code ZJ_KEYCLOAK_URL}, {@code ZJ_PRIVATE_BASE_URL}, {@code ZJ_PUBLIC_BASE_URL}, {@code
   * ZJ_PRIVATE_CLIENT_SECRET}, {@code ZJ_PUBLIC_CLIENT_SECRET}, {@code
   * ZJ_INTERCONNECT_CLIENT_SECRET}, {@code ZJ_USAGE_CLIENT_SECRET} and {@code ZJ_DEMO}. Every
   * variable is required: production must never fall back to a development secret by accident.
   */
  public static ProvisioningSettings fromEnvironment(Map<String, String> environment) {
    return new ProvisioningSettings(
        required(environment, "ZJ_KEYCLOAK_URL"),
        required(environment, "ZJ_PRIVATE_BASE_URL"),
        required(environment, "ZJ_PUBLIC_BASE_URL"),
        required(environment, "ZJ_PRIVATE_CLIENT_SECRET"),
        required(environment, "ZJ_PUBLIC_CLIENT_SECRET"),
        required(environment, "ZJ_INTERCONNECT_CLIENT_SECRET"),
        required(environment, UsageAccount.SECRET_VARIABLE),
        Boolean.parseBoolean(environment.getOrDefault("ZJ_DEMO", "false")));
  }

  static String required(Map<String, String> environment, String name) {
    String value = environment.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("environment variable " + name + " is not set");
    }
    return value.strip();
  }

  private static String withoutTrailingSlash(String url, String name) {
    requireText(url, name);
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  private static void requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " is blank");
    }
  }
}
