package cn.gov.zj.cloud.privateportal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.privateportal.Deployments;
import java.net.URI;
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

/**
 * The REST boundary from outside, before any token is verified: what must hold without a valid
 * token. Token-bearing calls run in the system tests against the real Keycloak.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RestBoundaryIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @ArquillianResource URL base;

  private HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  @DisplayName("A REST call without a token is 401 problem+json, in Chinese by default")
  void missingTokenIs401() throws Exception {
    HttpResponse<String> response = get("/api/v1/tenants/hangzhou/systems");
    assertEquals(401, response.statusCode());
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"));
    assertTrue(response.body().contains("urn:zjzwy:problem:unauthorized"));
    assertTrue(response.body().contains("未登录"), response.body());
  }

  @Test
  @DisplayName("A malformed or foreign token is 401")
  void badTokenIs401() throws Exception {
    assertEquals(
        401,
        get("/api/v1/tenants/hangzhou/units", "Authorization", "Bearer not-a-jwt").statusCode());
    String unsigned = "eyJhbGciOiJub25lIn0.eyJpc3MiOiJodHRwOi8vZXZpbC9yZWFsbXMvaGFuZ3pob3UifQ.";
    assertEquals(
        401,
        get("/api/v1/tenants/hangzhou/units", "Authorization", "Bearer " + unsigned).statusCode());
  }

  @Test
  @DisplayName("Art. 5: an unknown tenant is 404, for REST and for pages")
  void unknownTenantIs404() throws Exception {
    HttpResponse<String> api = get("/api/v1/tenants/shanghai/systems");
    assertEquals(404, api.statusCode());
    assertTrue(api.body().contains("urn:zjzwy:problem:not-found"));
    HttpResponse<String> page = get("/t/shanghai/");
    assertEquals(404, page.statusCode());
    assertTrue(page.body().contains("404"));
    assertEquals(404, get("/t/master/").statusCode());
  }

  @Test
  @DisplayName(
      "Issue 15, Keycloak stopped: a page of a known tenant, while its realm does not answer (no"
          + " Keycloak beside these tests), is 503 with Retry-After and the portal's own page in"
          + " the visitor's language, not a redirect to a dead address (the redirect to the"
          + " tenant's realm: SessionsIT against the real Keycloak)")
  void fault_pageWithoutIdentityServiceIs503() throws Exception {
    HttpResponse<String> zh = get("/t/ningbo/systems");
    assertEquals(503, zh.statusCode());
    assertTrue(zh.headers().firstValue("Retry-After").isPresent());
    assertTrue(zh.body().contains("统一身份认证服务暂时不可用"), zh.body());
    HttpResponse<String> en = get("/t/ningbo/systems", "Accept-Language", "en");
    assertEquals(503, en.statusCode());
    assertTrue(en.body().contains("Identity service unavailable"), en.body());
  }

  @Test
  @DisplayName("The readiness check (at the server root) reports the private database")
  void readiness() throws Exception {
    URI health = new URL(base, "/health/ready").toURI();
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(response.body().contains("private-database"));
  }
}
