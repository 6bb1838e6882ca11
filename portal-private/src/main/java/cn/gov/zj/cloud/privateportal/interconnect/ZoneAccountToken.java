package cn.gov.zj.cloud.privateportal.interconnect;

import cn.gov.zj.cloud.domain.interconnect.ZoneAccount;
import cn.gov.zj.cloud.domain.tenant.TenantDirectory;
import cn.gov.zj.cloud.privateportal.rest.JsonFactory;
import cn.gov.zj.cloud.privateportal.security.PortalSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Art. 24: the access token of the interconnection's service account ({@value
 * ZoneAccount#CLIENT_ID} in the province's realm, secret {@code ZJ_INTERCONNECT_CLIENT_SECRET}), by
 * client credentials, reused until shortly before it expires.
 */
@ApplicationScoped
public class ZoneAccountToken {

  private static final Duration MARGIN = Duration.ofSeconds(30);

  @Inject private PortalSettings settings;

  @Inject
  @ConfigProperty(name = "ZJ_INTERCONNECT_CLIENT_SECRET", defaultValue = " ")
  String secret;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private String token;
  private Instant renewAt = Instant.MIN;

  synchronized String current() {
    if (token == null || Instant.now().isAfter(renewAt)) {
      fetch();
    }
    return token;
  }

  /** Drops the token, e.g. after a 401: the next call fetches a new one. */
  synchronized void forget() {
    token = null;
  }

  private void fetch() {
    String issuer = settings.issuer(TenantDirectory.load().province().id().value());
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (ZoneAccount.CLIENT_ID + ":" + secret).getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
            .timeout(Duration.ofSeconds(15))
            .header("Authorization", "Basic " + basic)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new ChannelDown("token service answered " + response.statusCode());
      }
      try (var reader = JsonFactory.JSON.createReader(new StringReader(response.body()))) {
        JsonObject json = reader.readObject();
        token = json.getString("access_token");
        long lifetime = json.getJsonNumber("expires_in").longValue();
        renewAt = Instant.now().plusSeconds(lifetime).minus(MARGIN);
      }
    } catch (IOException e) {
      throw new ChannelDown("token service unreachable: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ChannelDown("interrupted");
    }
  }
}
