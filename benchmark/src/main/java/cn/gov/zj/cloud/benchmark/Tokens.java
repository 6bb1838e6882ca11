package cn.gov.zj.cloud.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Access tokens of the demo users ({@code <tenant>.<role>}, password {@code demo}) through the
 * development client {@code portal-cli}, fetched again shortly before they expire: Keycloak's
 * default access-token life (5 minutes) is shorter than a full run.
 */
final class Tokens {

  private static final Duration MARGIN = Duration.ofSeconds(30);

  private record Token(String value, long freshUntil) {}

  private final HttpClient http;
  private final String keycloakUrl;
  private final ConcurrentMap<String, Token> tokens = new ConcurrentHashMap<>();

  Tokens(HttpClient http, String keycloakUrl) {
    this.http = http;
    this.keycloakUrl = keycloakUrl;
  }

  /** A valid access token of {@code <tenant>.<role>} in the tenant's realm. */
  String of(String tenant, String role) {
    String user = tenant + "." + role;
    Token token = tokens.get(user);
    if (token == null || System.nanoTime() > token.freshUntil()) {
      token =
          tokens.compute(
              user,
              (name, old) ->
                  old != null && System.nanoTime() <= old.freshUntil() ? old : fetch(tenant, name));
    }
    return token.value();
  }

  private Token fetch(String realm, String username) {
    String form =
        "grant_type=password&client_id=portal-cli&password=demo&username="
            + URLEncoder.encode(username, StandardCharsets.UTF_8);
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(keycloakUrl + "/realms/" + realm + "/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .timeout(Duration.ofSeconds(60))
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    try {
      long asked = System.nanoTime();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "no token for " + username + ": " + response.statusCode() + " " + response.body());
      }
      JsonObject json;
      try (var reader = Json.createReader(new StringReader(response.body()))) {
        json = reader.readObject();
      }
      long life = Duration.ofSeconds(json.getInt("expires_in")).minus(MARGIN).toNanos();
      return new Token(json.getString("access_token"), asked + life);
    } catch (IOException e) {
      throw new UncheckedIOException("no token for " + username, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while asking for a token", e);
    }
  }
}
