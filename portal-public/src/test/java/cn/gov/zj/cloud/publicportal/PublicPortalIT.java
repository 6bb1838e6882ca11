package cn.gov.zj.cloud.publicportal;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.tenant.TenantDirectory;
import java.net.CookieManager;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The public portal as a citizen's browser sees it: no account, Chinese first. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicPortalIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.publicPortal();
  }

  @ArquillianResource URL base;

  /** A browser of its own: a fresh cookie jar, so no test sees another's language choice. */
  private final HttpClient browser =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NORMAL)
          .build();

  private HttpResponse<String> get(String path, String... headers) throws Exception {
    var request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  @DisplayName("Art. 24: the public zone is ready once its own database answers, migrated")
  void readiness() throws Exception {
    var response =
        browser.send(
            HttpRequest.newBuilder(new URL(base, "/health/ready").toURI()).build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(response.body().contains("public-database"), response.body());
  }

  @Test
  @DisplayName("Art. 5, Art. 24: the home page links every tenant's public page, in Chinese")
  void homeListsEveryTenant() throws Exception {
    var home = get("/");
    assertEquals(200, home.statusCode());
    assertTrue(home.body().contains("浙江政务云服务评价与咨询门户"));
    assertTrue(home.body().contains("lang=\"zh-CN\""));
    var tenants = TenantDirectory.load().all();
    assertEquals(12, tenants.size());
    assertAll(
        tenants.stream()
            .map(
                t ->
                    () -> {
                      String id = t.id().value();
                      assertTrue(home.body().contains("id=\"tenant-" + id + "\""), id);
                      assertTrue(home.body().contains("/t/" + id + "/\""), id);
                      assertTrue(home.body().contains(t.nameZh()), id);
                    }));
  }

  @Test
  @DisplayName("Art. 5, Art. 24: a city's public page names it, with its division code")
  void tenantPage() throws Exception {
    var page = get("/t/hangzhou/");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("id=\"tenant-name\">杭州市<"), page.body());
    assertTrue(page.body().contains("330100"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/t/shanghai/",
        "/t/master/",
        "/t/hangzhou/no-such-page",
        "/t/",
        "/t/shanghai/rate",
        "/t/hangzhou/rate/1",
        "/t/hangzhou/invitation",
        "/t/hangzhou/invitation/",
        "/t/hangzhou/invitation/a/b",
        "/t/hangzhou/status/x"
      })
  @DisplayName("Art. 5: an unknown tenant or page is the bilingual 404 page, never a stack trace")
  void unknownIs404(String path) throws Exception {
    var page = get(path);
    assertEquals(404, page.statusCode());
    assertTrue(page.body().contains("未找到页面"), page.body());
    assertTrue(page.body().contains("Not found"));
    assertFalse(page.body().contains("Exception"));
  }

  @Test
  @DisplayName("Art. 24: the Faces views are reachable only through their tenant path")
  void viewsAreNotDirectlyReachable() throws Exception {
    for (String view :
        new String[] {
          "tenant", "rate", "consult", "status", "rating", "invitation", "statistics"
        }) {
      assertEquals(404, get("/views/" + view + ".xhtml").statusCode(), view);
    }
  }

  @Test
  @DisplayName("Art. 24: English when the browser prefers it")
  void englishByAcceptLanguage() throws Exception {
    var page = get("/t/hangzhou/", "Accept-Language", "en-US,en;q=0.9");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("id=\"tenant-name\">Hangzhou<"), page.body());
    assertTrue(page.body().contains("lang=\"en\""));
  }

  @Test
  @DisplayName("Art. 24: the language switch holds for the rest of the visit")
  void languageSwitchIsKept() throws Exception {
    assertTrue(get("/?lang=en").body().contains("Zhejiang Government Cloud"));
    var page = get("/t/ningbo/");
    assertTrue(page.body().contains("id=\"tenant-name\">Ningbo<"), page.body());
    var back = get("/t/ningbo/?lang=zh");
    assertTrue(back.body().contains("id=\"tenant-name\">宁波市<"), back.body());
  }

  @Test
  @DisplayName(
      "Issue 10, every anonymous GET creates a session: switching the language creates none; the"
          + " choice is an HttpOnly SameSite=Lax cookie that the next page follows")
  void anonymousLanguageSwitchCreatesNoSession() throws Exception {
    HttpClient stranger = HttpClient.newHttpClient();
    HttpResponse<String> switched =
        stranger.send(
            HttpRequest.newBuilder(new URL(base, "t/hangzhou/?lang=en").toURI()).build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, switched.statusCode());
    assertTrue(switched.body().contains("lang=\"en\""), "the switch itself shows English");
    var cookies = switched.headers().allValues("Set-Cookie");
    assertTrue(cookies.stream().noneMatch(c -> c.startsWith("JSESSIONID")), cookies.toString());
    String kept =
        cookies.stream()
            .filter(c -> c.startsWith("zj-lang=en"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no language cookie in " + cookies));
    assertTrue(kept.contains("HttpOnly") && kept.contains("SameSite=Lax"), kept);
    HttpResponse<String> next =
        stranger.send(
            HttpRequest.newBuilder(new URL(base, "t/hangzhou/").toURI())
                .header("Cookie", "zj-lang=en")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertTrue(next.body().contains("lang=\"en\""), "the cookie keeps English");
    assertTrue(
        next.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")));
  }
}
