package cn.gov.zj.cloud.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.launcher.InstallationSecrets;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Art. 15: the provider's monitoring posts daily usage with a client-credentials token of the
 * realm's {@code usage-intake} client (its secret from the installation's secrets); that token is
 * refused everywhere else.
 */
@ExtendWith(RunningStack.class)
class UsageAccountIT {

  private static final String TENANT = "jinhua";
  private static final String BASE = "/api/v1/tenants/" + TENANT;

  /** Keycloak's answer to a client-credentials grant of the realm's usage-intake client. */
  private static HttpResponse<String> clientCredentials(String realm, String secret)
      throws Exception {
    String form =
        "grant_type=client_credentials&client_id=usage-intake&client_secret="
            + URLEncoder.encode(secret, StandardCharsets.UTF_8);
    return Api.tokenEndpoint(realm, form);
  }

  private static String usageToken(String realm) throws Exception {
    String secret = InstallationSecrets.of(RunningStack.settings()).usageClientSecret();
    HttpResponse<String> response = clientCredentials(realm, secret);
    assertEquals(200, response.statusCode(), response.body());
    return Api.json(response.body()).getString("access_token");
  }

  /** The demo seed's application of the demo unit: the tenant's first in production. */
  private static long activeApplication() throws Exception {
    JsonObject page =
        Api.json(
            Api.get(
                    Tokens.of(TENANT, "provider-operator"),
                    BASE + "/applications?state=ACTIVE&sort=id")
                .body());
    return page.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
  }

  private static String samples(long application, String day) {
    return "{\"samples\": [{\"applicationId\": "
        + application
        + ", \"line\": 0, \"date\": \""
        + day
        + "\", \"cpuAvgPct\": 11, \"cpuP95Pct\": 21, \"memAvgPct\": 31, \"diskUsedGiB\": 41,"
        + " \"bandwidthP95Mbps\": 5}]}";
  }

  @Test
  @DisplayName(
      "Art. 15: the usage-intake service account gets a token by client credentials (audience portal-private, provider role) and posts samples; again replaces them")
  void art15_serviceAccountPostsUsage() throws Exception {
    String token = usageToken(TENANT);
    JsonObject claims = claims(token);
    assertTrue(claims.toString().contains("\"portal-private\""), claims.toString());
    assertTrue(claims.toString().contains("provider-operator"), claims.toString());
    String day = OfficialCalendar.dateOf(Instant.now()).minusDays(1).toString();
    String body = samples(activeApplication(), day);

    HttpResponse<String> first = Api.post(token, BASE + "/usage", body);
    assertTrue(first.statusCode() == 200 || first.statusCode() == 201, first.body());
    assertEquals(
        1, Api.json(first.body()).getInt("accepted") + Api.json(first.body()).getInt("replaced"));
    HttpResponse<String> again = Api.post(token, BASE + "/usage", body);
    assertTrue(again.statusCode() == 200 || again.statusCode() == 201, again.body());
    assertEquals(1, Api.json(again.body()).getInt("replaced"), again.body());
  }

  @Test
  @DisplayName(
      "Art. 15 attack service account elsewhere: its token is 403 problem+json on every other endpoint of its tenant, 401 on another tenant's, and refused with a wrong secret")
  void art15_serviceAccountRefusedEverywhereElse() throws Exception {
    String token = usageToken(TENANT);
    List<String> answered = new ArrayList<>();
    for (FuzzEndpoints.Endpoint endpoint : FuzzEndpoints.of(FuzzEndpoints.Zone.PRIVATE)) {
      if (!endpoint.template().startsWith("tenants/{tenant}/")
          || endpoint.province()
          || endpoint.key().equals("PRIVATE POST tenants/{tenant}/usage")) {
        continue;
      }
      String path = "/api/v1/" + endpoint.template().replace("{tenant}", TENANT);
      path = path.replaceAll("\\{[^}]+}", "1");
      HttpResponse<String> answer = call(token, endpoint.method(), path);
      if (answer.statusCode() != 403
          || !answer.headers().firstValue("Content-Type").orElse("").contains("problem+json")) {
        answered.add(endpoint.method() + " " + path + " -> " + answer.statusCode());
      }
    }
    assertEquals(List.of(), answered, "the usage account reached these");
    Api.assertProblem(Api.post(token, BASE + "/usage/", samples(1, "2026-11-03")), 403);
    Api.assertProblem(
        Api.post(token, "/api/v1/tenants/ningbo/usage", samples(1, "2026-11-03")), 401);
    assertFalse(clientCredentials(TENANT, "not-the-secret").statusCode() == 200);
  }

  private static HttpResponse<String> call(String token, String method, String path)
      throws Exception {
    return switch (method) {
      case "GET" -> Api.get(token, path);
      case "PUT" -> Api.put(token, path, "{}");
      case "DELETE" ->
          Api.HTTP.send(
              HttpRequest.newBuilder(URI.create(RunningStack.settings().privateBaseUrl() + path))
                  .header("Authorization", "Bearer " + token)
                  .DELETE()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      default -> Api.post(token, path, "{}");
    };
  }

  private static JsonObject claims(String token) {
    String payload = token.split("\\.")[1];
    return Api.json(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
  }
}
