package cn.gov.zj.cloud.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
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

  /**
   * A demo user's access token through the development client {@code portal-cli}. Keycloak's
   * brute-force protector refuses a sign-in while another of the same user is still in progress on
   * the server (answered as "invalid user credentials"); two tests asking for the same user's token
   * back to back can meet that, so a refusal is tried again twice after a pause.
   */
  static String token(String realm, String username) throws Exception {
    HttpResponse<String> response = tokenResponse(realm, username);
    for (int retry = 0; retry < 2 && response.statusCode() != 200; retry++) {
      Thread.sleep(1500);
      response = tokenResponse(realm, username);
    }
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
    return tokenEndpoint(realm, form);
  }

  /** Keycloak's answer to a form posted to the realm's token endpoint (any grant). */
  static HttpResponse<String> tokenEndpoint(String realm, String form) throws Exception {
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

  /** Art. 7: a multipart upload of one file with its {@code kind}, as a browser form sends it. */
  static HttpResponse<String> upload(
      String token, String path, String kind, String fileName, byte[] content) throws Exception {
    return upload(token, path, "kind", kind, fileName, content);
  }

  /** A multipart upload of one text part {@code field} and one file (part {@code file}). */
  static HttpResponse<String> upload(
      String token, String path, String field, String value, String fileName, byte[] content)
      throws Exception {
    String boundary = "----zjzwy" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\""
                + field
                + "\"\r\n\r\n"
                + value
                + "\r\n--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return HTTP.send(
        request(token, path)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Art. 8–12: the mails the development SMTP server received for {@code address}. */
  static JsonArray mailTo(String address) throws Exception {
    URI uri =
        URI.create(
            RunningStack.settings().mailUrl()
                + "/api/messages?to="
                + URLEncoder.encode(address, StandardCharsets.UTF_8));
    String body =
        HTTP.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString())
            .body();
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readArray();
    }
  }

  static HttpResponse<byte[]> download(String token, String path) throws Exception {
    return HTTP.send(request(token, path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
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

  /** The answer is {@code status} as RFC 9457 problem+json. */
  static void assertProblem(HttpResponse<String> response, int status) {
    org.junit.jupiter.api.Assertions.assertEquals(status, response.statusCode(), response.body());
    org.junit.jupiter.api.Assertions.assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"),
        response.headers().toString());
  }
}
