package cn.gov.zj.cloud.publicportal.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.publicportal.Browser;
import cn.gov.zj.cloud.publicportal.Deployments;
import cn.gov.zj.cloud.publicportal.PublicDatabase;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
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
 * Art. 23: the per-client limit of the public API and of the public pages' forms, which count
 * together (30 writes a minute unless configured).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RateLimitsIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.publicPortal();
  }

  @ArquillianResource URL base;

  @Test
  @DisplayName(
      "Art. 23: past the per-minute limit a client gets 429 with a clear message and Retry-After")
  void tooManyWrites() throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpRequest post =
        HttpRequest.newBuilder(new URL(base, "api/v1/tenants/ningbo/consultations").toURI())
            .header("Content-Type", "application/json")
            .header("Accept-Language", "zh-CN")
            .POST(HttpRequest.BodyPublishers.ofString("{}"))
            .build();
    HttpResponse<String> last = null;
    int sent = 0;
    while (sent < 40) {
      last = http.send(post, HttpResponse.BodyHandlers.ofString());
      sent++;
      if (last.statusCode() == 429) {
        break;
      }
      assertEquals(400, last.statusCode(), last.body());
    }
    assertEquals(429, last.statusCode(), "no limit after " + sent + " writes");
    assertTrue(sent <= 31, "limited only after " + sent);
    assertTrue(last.body().contains("请求过于频繁"), last.body());
    assertTrue(Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow()) >= 1);
  }

  @Test
  @DisplayName(
      "Art. 23: past the limit a form says so in the visitor's language and stores nothing, valid or not")
  void art23_formsAreLimited() throws Exception {
    Browser browser = new Browser(base);
    var form = browser.get("t/ningbo/consult");
    String subject = "限流测试 " + UUID.randomUUID();
    String refusal = "您的操作太频繁了";
    HttpResponse<String> last = null;
    int sent = 0;
    while (sent < 70) {
      last = browser.submit(form, "consult-form", "submit", Map.of("subject", List.of(subject)));
      sent++;
      if (last.body().contains(refusal)) {
        break;
      }
      assertTrue(last.body().contains("consult-form-content-error\" class=\"field-error\">必填项<"));
    }
    assertTrue(last.body().contains(refusal), "no limit after " + sent + " submissions");
    var valid =
        browser.submit(
            form,
            "consult-form",
            "submit",
            Map.of(
                "category", List.of("SUGGESTION"),
                "subject", List.of(subject),
                "content", List.of("限流时不应保存")));
    assertTrue(valid.body().contains(refusal), valid.body());
    assertFalse(valid.body().contains("id=\"receipt-number\""));
    assertEquals(
        0, PublicDatabase.count("select count(*) from consultation where subject = ?", subject));
  }

  @Test
  @DisplayName(
      "Art. 23, Art. 25 attack: guessing receipt numbers and codes is limited like query codes: past the per-minute reads a client gets 429")
  void art23_receiptLookupsAreLimited() throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpRequest guess =
        HttpRequest.newBuilder(
                new URL(base, "api/v1/tenants/ningbo/receipts/PJ20261207-000001?code=AAAA2222")
                    .toURI())
            .header("Accept-Language", "zh-CN")
            .GET()
            .build();
    HttpResponse<String> last = null;
    int sent = 0;
    while (sent < 320) {
      last = http.send(guess, HttpResponse.BodyHandlers.ofString());
      sent++;
      if (last.statusCode() == 429) {
        break;
      }
      assertEquals(404, last.statusCode(), last.body());
    }
    assertEquals(429, last.statusCode(), "no limit after " + sent + " guesses");
    assertTrue(sent <= 301, "limited only after " + sent);
  }
}
