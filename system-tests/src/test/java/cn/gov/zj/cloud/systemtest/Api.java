package cn.gov.zj.cloud.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** REST calls as a real client makes them: a token from the tenant's realm, then the API. */
final class Api {

  /** HTTP/1.1: no h2c upgrade dance with the servers under test. */
  static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private Api() {}

  /** A demo user's access token through the development client {@code portal-cli}. */
  static String token(String realm, String username) throws Exception {
    HttpResponse<String> response = tokenResponse(realm, username);
    if (response.statusCode() != 200) {
      throw new IllegalStateException("no token for " + username + ": " + response.body());
    }
    return json(response.body()).getString("access_token");
  }

  /** Keycloak's answer to a password grant of a demo user (password {@code demo}). */
  static HttpResponse<String> tokenResponse(String realm, String username) throws Exception {
    String form =
        "grant_type=password&client_id=portal-cli&username="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&password=demo";
    return HTTP.send(
        HttpRequest.newBuilder(
                URI.create(
                    RunningStack.settings().keycloakUrl()
                        + "/realms/"
                        + realm
                        + "/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> get(String token, String path) throws Exception {
    return HTTP.send(request(token, path).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> post(String token, String path, String body) throws Exception {
    return post(token, path, "application/json", body);
  }

  static HttpResponse<String> post(String token, String path, String contentType, String body)
      throws Exception {
    return HTTP.send(
        request(token, path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> put(String token, String path, String body) throws Exception {
    return HTTP.send(
        request(token, path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest.Builder request(String token, String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(RunningStack.settings().privateBaseUrl() + path));
    return token == null ? builder : builder.header("Authorization", "Bearer " + token);
  }

  static JsonObject json(String body) {
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }
}
