package cn.gov.zj.cloud.publicportal.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.publicportal.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * Art. 23: consultations over the public REST API, in Payara Micro on the public zone's database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsultationsRestIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.publicPortal();
  }

  @ArquillianResource URL base;

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private HttpResponse<String> post(String path, String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(new URL(base, path).toURI())
            .header("Content-Type", "application/json")
            .header("Accept-Language", "zh-CN")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(new URL(base, path).toURI()).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject json(String body) {
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }

  @Test
  @DisplayName(
      "Art. 23: a complaint is answered with a tracking number and a query code; with both the submitter reads its status, the contact masked")
  void submitAndRead() throws Exception {
    String subject = "办事大厅排队太久 " + UUID.randomUUID();
    String body =
        Json.createObjectBuilder()
            .add("category", "COMPLAINT")
            .add("subject", subject)
            .add("content", "<script>alert('x')</script> 周一上午排队两个小时")
            .add("contact", "13812345678")
            .build()
            .toString();
    HttpResponse<String> created = post("api/v1/tenants/hangzhou/consultations", body);
    assertEquals(201, created.statusCode(), created.body());
    JsonObject receipt = json(created.body());
    String number = receipt.getString("trackingNo");
    String code = receipt.getString("queryCode");
    assertTrue(number.matches("ZX\\d{8}-\\d{6}"), number);

    HttpResponse<String> again = post("api/v1/tenants/hangzhou/consultations", body);
    assertEquals(200, again.statusCode(), "a repeated submission collapses into the first");
    assertEquals(number, json(again.body()).getString("trackingNo"));

    JsonObject status = json(get("api/v1/consultations/" + number + "?code=" + code).body());
    assertEquals("RECEIVED", status.getString("status"));
    assertEquals(subject, status.getString("subject"));
    assertEquals("138****5678", status.getString("contact"));
    assertTrue(status.isNull("reply"));
    assertEquals(404, get("api/v1/consultations/" + number + "?code=AAAA2222").statusCode());
    assertEquals(404, get("api/v1/consultations/ZX20260101-000000?code=" + code).statusCode());
  }

  @Test
  @DisplayName(
      "Art. 23: bad input is 400 naming each field, an unknown tenant 404; nothing is stored")
  void badInput() throws Exception {
    HttpResponse<String> bad =
        post(
            "api/v1/tenants/hangzhou/consultations",
            "{\"category\": \"PRAISE\", \"subject\": 3, \"contact\": \"call me\", \"extra\": 1}");
    assertEquals(400, bad.statusCode());
    assertTrue(bad.body().startsWith("{"), bad.body());
    for (String field : new String[] {"category", "subject", "content", "contact", "extra"}) {
      assertTrue(bad.body().contains("\"field\":\"" + field + "\""), field + " in " + bad.body());
    }
    assertEquals(400, post("api/v1/tenants/hangzhou/consultations", "not json").statusCode());
    String huge =
        "{\"category\": \"SUGGESTION\", \"subject\": \"x\", \"content\": \""
            + "长".repeat(9000)
            + "\"}";
    HttpResponse<String> tooLarge = post("api/v1/tenants/hangzhou/consultations", huge);
    assertEquals(400, tooLarge.statusCode());
    assertTrue(tooLarge.body().contains("\"field\":\"body\""), tooLarge.body());
    HttpResponse<String> unknown =
        post(
            "api/v1/tenants/atlantis/consultations",
            "{\"category\": \"SUGGESTION\", \"subject\": \"x\", \"content\": \"y\"}");
    assertEquals(404, unknown.statusCode());
    assertNotEquals(201, unknown.statusCode());
  }
}
