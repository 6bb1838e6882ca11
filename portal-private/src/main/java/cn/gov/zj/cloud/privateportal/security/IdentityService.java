package cn.gov.zj.cloud.privateportal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Issue 15, Keycloak stopped: whether a tenant's realm answers, asked with a short timeout and
 * remembered a few seconds, so that a browser is sent to sign in only where it can. While it does
 * not answer, the portal shows its own page saying that the identity service is unavailable instead
 * of sending the browser to a dead address; signed-in sessions and bearer tokens go on (the realm's
 * keys are cached, {@link TokenVerifier}).
 */
@ApplicationScoped
public class IdentityService {

  /** How long a check's answer is remembered. */
  static final Duration REMEMBERED = Duration.ofSeconds(3);

  /** How long a check may take. */
  static final Duration TIMEOUT = Duration.ofSeconds(2);

  private static final Logger LOG = Logger.getLogger(IdentityService.class.getName());

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private final Map<String, Check> checks = new ConcurrentHashMap<>();

  @Inject private PortalSettings settings;

  /** Whether the tenant's realm answered its discovery document just now (or a moment ago). */
  boolean reachable(String tenant) {
    long now = System.nanoTime();
    Check last = checks.get(tenant);
    if (last != null && now - last.atNanos() < REMEMBERED.toNanos()) {
      return last.up();
    }
    boolean up = probe(settings.issuer(tenant));
    if (last == null || last.up() != up) {
      LOG.warning(() -> "identity service for " + tenant + (up ? " answers" : " does not answer"));
    }
    checks.put(tenant, new Check(now, up));
    return up;
  }

  private boolean probe(String issuer) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration"))
            .timeout(TIMEOUT)
            .GET()
            .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private record Check(long atNanos, boolean up) {}
}
