package cn.gov.zj.cloud.publicportal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.publicportal.Deployments;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Art. 25 (issue 10): crafted input to the public REST API is a 400 problem+json naming the
 * parameter or field, never a 500, and nothing is stored.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileInputRestIT {

  private static final String CONSULTATIONS = "api/v1/tenants/hangzhou/consultations";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.publicPortal();
  }

  @ArquillianResource URL base;

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private HttpResponse<String> post(String path, String contentType, String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(new URL(base, path).toURI())
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String body) throws Exception {
    return post(path, "application/json", body);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(new URL(base, path).toURI()).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static void assertRefused(HttpResponse<String> response, String field) {
    assertEquals(400, response.statusCode(), response.body());
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"),
        response.headers().toString());
    assertTrue(
        response.body().contains("\"field\":\"" + field + "\""), field + " in " + response.body());
  }

  private static String consultation(String subjectJson) {
    return "{\"category\": \"CONSULTATION\", \"subject\": "
        + subjectJson
        + ", \"content\": \"请问\", \"contact\": \"13800138000\"}";
  }

  private static String q(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName(
      "Art. 25 attack: page=2147483647&size=100 on the service directory is 400, not a 500")
  void art25_pageBeyondTheLastIntIs400NotA500() throws Exception {
    assertRefused(get("api/v1/tenants/hangzhou/services?page=2147483647&size=100"), "page");
    assertRefused(get("api/v1/tenants/hangzhou/services?page=-1"), "page");
    assertRefused(get("api/v1/tenants/hangzhou/services?page=abc"), "page");
    assertRefused(get("api/v1/tenants/hangzhou/services?size=0"), "size");
    assertRefused(get("api/v1/tenants/hangzhou/services?size=101"), "size");
    assertRefused(get("api/v1/tenants/hangzhou/services?size=99999999999"), "size");
    assertEquals(200, get("api/v1/tenants/hangzhou/services?page=1000000&size=100").statusCode());
  }

  @Test
  @DisplayName("Art. 25 attack: a NUL byte in q= (PostgreSQL refuses 0x00) is 400 naming q")
  void aNulByteInTheSearchIs400() throws Exception {
    assertRefused(get("api/v1/tenants/hangzhou/services?q=" + q("a\u0000b")), "q");
    assertRefused(get("api/v1/consultations/ZX20260101-000001?code=" + q("\u0000")), "code");
  }

  @Test
  @DisplayName("Art. 25 attack: a NUL byte in a subject is 400 naming it, nothing stored")
  void aNulByteInASubjectIs400() throws Exception {
    String subject = "nul-" + UUID.randomUUID();
    assertRefused(post(CONSULTATIONS, consultation("\"" + subject + "\\u0000\"")), "subject");
    assertRefused(
        post(
            CONSULTATIONS,
            "{\"category\": \"SUGGESTION\", \"subject\": \"s\", \"content\": \"a\\u0000b\"}"),
        "content");
    assertRefused(
        post(
            "api/v1/tenants/hangzhou/ratings",
            "{\"serviceId\": 1, \"grade\": \"SATISFIED\", \"tags\": [\"a\\u0000\"]}"),
        "tags");
  }

  @Test
  @DisplayName("Art. 25 attack: a bidi override (U+202E) or zero-width-only subject is 400")
  void aBidiOverrideInASubjectIs400() throws Exception {
    assertRefused(post(CONSULTATIONS, consultation("\"退款\\u202e诉投\"")), "subject");
    assertRefused(post(CONSULTATIONS, consultation("\"\\u2066x\\u2069\"")), "subject");
    assertRefused(post(CONSULTATIONS, consultation("\"\\u200b\\u200c\\ufeff\"")), "subject");
  }

  @Test
  @DisplayName("Art. 25 attack: JSON nested 5,000 levels deep is 400 naming the body")
  void jsonNestedDeeperThanTheLimitIs400() throws Exception {
    String deep = "{\"subject\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
    assertRefused(post(CONSULTATIONS, deep), "body");
    assertRefused(post(CONSULTATIONS, "[".repeat(33) + "]".repeat(33)), "body");
  }

  @Test
  @DisplayName("Art. 25 attack: a duplicate key is 400 naming the key")
  void aDuplicateKeyIs400() throws Exception {
    assertRefused(
        post(
            CONSULTATIONS,
            "{\"category\": \"SUGGESTION\", \"subject\": \"a\", \"subject\": \"b\","
                + " \"content\": \"c\"}"),
        "subject");
  }

  @Test
  @DisplayName("Art. 25: wrong JSON types, huge numbers, an empty body and non-JSON are 4xx")
  void wrongShapesAre4xx() throws Exception {
    assertRefused(
        post("api/v1/tenants/hangzhou/ratings", "{\"serviceId\": \"1\", \"grade\": \"SATISFIED\"}"),
        "serviceId");
    assertRefused(
        post(
            "api/v1/tenants/hangzhou/ratings",
            "{\"serviceId\": 1" + "0".repeat(400) + ", \"grade\": \"SATISFIED\"}"),
        "serviceId");
    assertRefused(
        post(
            "api/v1/tenants/hangzhou/ratings",
            "{\"serviceId\": 1e999999999, \"grade\": \"SATISFIED\"}"),
        "serviceId");
    assertEquals(400, post(CONSULTATIONS, "").statusCode());
    int xml = post(CONSULTATIONS, "application/xml", "<a/>").statusCode();
    assertTrue(xml == 415 || xml == 400, "non-JSON is 415 or 400, was " + xml);
  }
}
