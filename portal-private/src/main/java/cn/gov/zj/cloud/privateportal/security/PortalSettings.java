package cn.gov.zj.cloud.privateportal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where Keycloak and this portal are, as docs/runtime.md names them. The client secret has no
 * development value: outside demo mode the portal does not start without it.
 */
@ApplicationScoped
public class PortalSettings {

  public static final String CLIENT_ID = "portal-private";

  @Inject
  @ConfigProperty(name = "ZJ_KEYCLOAK_URL", defaultValue = "http://localhost:8180")
  String keycloakUrl;

  @Inject
  @ConfigProperty(name = "ZJ_PRIVATE_BASE_URL", defaultValue = "http://localhost:8080")
  String baseUrl;

  @Inject
  @ConfigProperty(name = "ZJ_PRIVATE_CLIENT_SECRET", defaultValue = " ")
  String clientSecret;

  /** The issuer of every token of that realm: the tenant's realm on the configured Keycloak. */
  public String issuer(String tenant) {
    return trim(keycloakUrl) + "/realms/" + tenant;
  }

  public String keycloakUrl() {
    return trim(keycloakUrl);
  }

  public String baseUrl() {
    return trim(baseUrl);
  }

  public String clientSecret() {
    return clientSecret;
  }

  @Inject
  @ConfigProperty(name = "ZJ_DEMO", defaultValue = "false")
  boolean demo;

  @Inject
  @ConfigProperty(name = "ZJ_SESSION_MAX_HOURS", defaultValue = "8")
  double sessionMaxHours;

  @Inject
  @ConfigProperty(name = "ZJ_SECURE_COOKIES")
  Optional<Boolean> secureCookies;

  /** Art. 25: how long a portal session lasts at most, however active it is. */
  public Duration sessionLifetime() {
    return Duration.ofSeconds(Math.round(sessionMaxHours * 3600));
  }

  /**
   * Whether the session cookie carries {@code Secure}: as {@code ZJ_SECURE_COOKIES} says, else on
   * outside demo mode (production is served over https).
   */
  public boolean secureCookies() {
    return secureCookies.orElse(!demo);
  }

  private static String trim(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
