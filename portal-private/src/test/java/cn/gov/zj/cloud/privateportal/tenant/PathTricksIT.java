package cn.gov.zj.cloud.privateportal.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.privateportal.Deployments;
import cn.gov.zj.cloud.privateportal.RawHttp;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Art. 5, Art. 24: the penetration test's path tricks against every REST family of the private
 * portal are refused before the tenant is read from the path and before routing, as 400
 * problem+json naming the trick; pages with a trick are the plain not-found page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PathTricksIT {

  /** One path of every protected family, with {@code T} where the tenant stands. */
  static final List<String> FAMILIES =
      List.of(
          "/api/v1/tenants/T/units",
          "/api/v1/tenants/T/systems",
          "/api/v1/tenants/T/oversight/systems",
          "/api/v1/tenants/T/users",
          "/api/v1/tenants/T/calendar/years",
          "/api/v1/tenants/T/rules",
          "/api/v1/tenants/T/applications",
          "/api/v1/tenants/T/inbox",
          "/api/v1/tenants/T/notifications",
          "/api/v1/tenants/T/consultations",
          "/api/v1/tenants/T/rectifications",
          "/api/v1/tenants/T/interconnect");

  /** Each trick, applied to a family's path. */
  static final List<Trick> TRICKS =
      List.of(
          new Trick("matrix parameter on the tenant", p -> p.replace("/T/", "/hangzhou;x=1/")),
          new Trick(
              "matrix parameter on the root",
              p -> p.replace("/api/v1/", "/api/v1;x=1/").replace("/T/", "/hangzhou/")),
          new Trick("matrix parameter at the end", p -> p.replace("/T/", "/hangzhou/") + ";x=1"),
          new Trick("encoded slash", p -> p.replace("/T/", "/hangzhou%2F")),
          new Trick("encoded semicolon", p -> p.replace("/T/", "/hangzhou%3Bx/")),
          new Trick("encoded backslash", p -> p.replace("/T/", "/hangzhou%5C")),
          new Trick("encoded dot segment", p -> p.replace("/T/", "/zhejiang/%2E%2E/hangzhou/")),
          new Trick("empty segment", p -> p.replace("/T/", "/hangzhou//")),
          new Trick("dot segment", p -> p.replace("/T/", "/hangzhou/./")),
          new Trick("dot-dot segment", p -> p.replace("/T/", "/zhejiang/../hangzhou/")),
          new Trick("backslash", p -> p.replace("/T/", "/hangzhou\\")));

  record Trick(String name, java.util.function.UnaryOperator<String> apply) {}

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @ArquillianResource URL base;

  private String context() {
    return base.getPath().replaceAll("/$", "");
  }

  @Test
  @DisplayName(
      "Art. 24: every path trick on every REST family is 400 problem+json (or the HTTP layer's own"
          + " 400) before routing")
  void art24_pathTricksOnEveryFamilyAre400BeforeRouting() throws Exception {
    for (String family : FAMILIES) {
      for (Trick trick : TRICKS) {
        String path = context() + trick.apply().apply(family);
        for (String method : new String[] {"GET", "POST"}) {
          RawHttp.Answer answer =
              RawHttp.send(base, method, path, "POST".equals(method) ? "{}" : null);
          String what = method + " " + path + " (" + trick.name() + ")";
          assertEquals(400, answer.status(), what + "\n" + answer.text());
          assertTrue(
              answer.problemOrContainerRefusal("urn:zjzwy:problem:bad-path"),
              what + "\n" + answer.text());
        }
      }
    }
  }

  @Test
  @DisplayName("Art. 24: the refusal names the trick in the caller's language")
  void art24_theRefusalNamesTheTrick() throws Exception {
    RawHttp.Answer answer =
        RawHttp.send(base, "GET", context() + "/api/v1/tenants/hangzhou;x=1/units", null);
    assertEquals(400, answer.status());
    assertTrue(answer.text().contains("分号参数"), answer.text());
  }

  @Test
  @DisplayName("Art. 5: a page path with a trick is the plain not-found page, no sign-in started")
  void art5_pagePathTricksAreNotFound() throws Exception {
    for (String path :
        List.of(
            "/t/hangzhou;x=1/", "/t/hangzhou/./inbox", "/t//hangzhou/", "/t/hangzhou%2Finbox")) {
      RawHttp.Answer answer = RawHttp.send(base, "GET", context() + path, null);
      assertTrue(
          answer.status() == 404 || answer.refusedByContainer(), path + "\n" + answer.text());
      assertTrue(!answer.text().contains("openid-connect"), path + " started a sign-in");
    }
  }

  @Test
  @DisplayName("Art. 24: an ordinary path still reaches the authentication (401 without a token)")
  void art24_anOrdinaryPathStillReachesTheAuthentication() throws Exception {
    RawHttp.Answer answer =
        RawHttp.send(base, "GET", context() + "/api/v1/tenants/hangzhou/units", null);
    assertEquals(401, answer.status(), answer.text());
  }
}
