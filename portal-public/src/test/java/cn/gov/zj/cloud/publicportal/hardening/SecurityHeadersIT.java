package cn.gov.zj.cloud.publicportal.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.publicportal.Deployments;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Issue 10, headers: what every answer of the public portal tells a browser and an attacker. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.publicPortal();
  }

  @ArquillianResource URL base;

  private HttpResponse<String> get(String path) throws Exception {
    URI uri =
        path.startsWith("/")
            ? URI.create(base.toString()).resolve(path)
            : URI.create(base.toString().replaceAll("/+$", "") + "/" + path);
    return HttpClient.newHttpClient()
        .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String header(HttpResponse<?> response, String name) {
    List<String> values = response.headers().allValues(name);
    assertEquals(1, values.size(), name + " once: " + values);
    return values.get(0);
  }

  private static void assertProtected(HttpResponse<String> response) {
    String policy = header(response, "Content-Security-Policy");
    assertTrue(policy.contains("script-src 'self'"), policy);
    assertFalse(policy.contains("'unsafe-eval'"), policy);
    assertFalse(policy.matches(".*script-src[^;]*'unsafe-inline'.*"), policy);
    assertTrue(policy.contains("frame-ancestors 'none'"), policy);
    assertTrue(policy.contains("object-src 'none'"), policy);
    assertEquals("no-referrer", header(response, "Referrer-Policy"));
    assertEquals("nosniff", header(response, "X-Content-Type-Options"));
    assertEquals("DENY", header(response, "X-Frame-Options"));
    assertTrue(response.headers().firstValue("Strict-Transport-Security").isEmpty(), "plain http");
  }

  @Test
  @DisplayName(
      "Injected script, clickjacking, referrer leak, MIME sniffing: a page has a strict policy, no inline script or style")
  void pageHeaders() throws Exception {
    HttpResponse<String> page = get("t/hangzhou/");
    assertEquals(200, page.statusCode(), page.body());
    assertProtected(page);
    String policy = header(page, "Content-Security-Policy");
    assertFalse(policy.contains("'unsafe-inline'"), policy);
    assertTrue(policy.contains("style-src 'self';"), policy);
    assertTrue(policy.contains("form-action 'self'"), policy);
    for (String path : List.of("t/hangzhou/", "t/hangzhou/consult", "t/hangzhou/status")) {
      String html = get(path).body();
      assertFalse(html.matches("(?s).*<script(?![^>]*\\bsrc=)[^>]*>.*"), path + ": " + html);
      assertFalse(html.matches("(?s).*\\s(style|on[a-z]+)=.*"), path + ": " + html);
    }
  }

  @Test
  @DisplayName("Injected script, MIME sniffing: a REST answer and an error page carry the headers")
  void restAndErrorHeaders() throws Exception {
    HttpResponse<String> rest = get("api/v1/tenants/hangzhou/services");
    assertEquals(200, rest.statusCode(), rest.body());
    assertProtected(rest);
    HttpResponse<String> problem = get("api/v1/tenants/shanghai/services");
    assertEquals(404, problem.statusCode());
    assertProtected(problem);
    HttpResponse<String> missing = get("t/shanghai/");
    assertEquals(404, missing.statusCode());
    assertProtected(missing);
    assertFalse(missing.body().contains("<style"), "the error page's style is a file");
  }

  @Test
  @DisplayName("API disclosure: the public portal serves no OpenAPI document to anyone")
  void noOpenApi() throws Exception {
    HttpResponse<String> openapi = get("/openapi");
    assertTrue(List.of(401, 403, 404).contains(openapi.statusCode()), openapi.statusCode() + "");
    assertFalse(openapi.body().contains("openapi:"), openapi.body());
    assertFalse(openapi.body().contains("/api/v1/"), openapi.body());
  }

  @Test
  @DisplayName("Product disclosure: no Server or X-Powered-By header names the container")
  void noProductName() throws Exception {
    for (HttpResponse<String> response :
        List.of(
            get("t/hangzhou/"), get("api/v1/tenants/hangzhou/services"), get("/health/ready"))) {
      String server = response.headers().firstValue("Server").orElse("");
      String powered = response.headers().firstValue("X-Powered-By").orElse("");
      assertFalse(
          (server + powered).toLowerCase(Locale.ROOT).matches(".*(payara|glassfish|grizzly).*"),
          server + " / " + powered);
    }
  }

  @Test
  @DisplayName("Metrics to anyone: /metrics answers no anonymous caller")
  void metricsNeedCredentials() throws Exception {
    HttpResponse<String> metrics = get("/metrics");
    assertTrue(List.of(401, 403, 404).contains(metrics.statusCode()), metrics.statusCode() + "");
    assertFalse(metrics.body().contains("# TYPE"), metrics.body());
  }

  @Test
  @DisplayName("Issue 11: the public pages name their icon and it answers (no favicon 404)")
  void iconIsServed() throws Exception {
    String page = get("").body();
    String href = page.replaceAll("(?s).*<link rel=\"icon\"[^>]* href=\"([^\"]+)\".*", "$1");
    assertTrue(href.contains("favicon.svg"), page);
    HttpResponse<String> icon = get(href.replace("&amp;", "&"));
    assertEquals(200, icon.statusCode(), href);
    assertTrue(icon.body().startsWith("<svg"), icon.body());
  }
}
