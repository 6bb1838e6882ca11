package cn.gov.zj.cloud.publicportal.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.publicportal.Deployments;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Art. 23: the per-client limit of the public API (30 writes a minute unless configured). */
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
}
