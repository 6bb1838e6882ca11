package cn.gov.zj.cloud.domain.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SameOriginTest {

  private static final Set<String> OWN = Set.of("http://localhost:8081", "https://zw.example.cn");

  @Test
  @DisplayName(
      "Art. 25, cross-site form post: a foreign Origin is refused, the portal's own passes")
  void crossSiteFormPost_origin() {
    assertTrue(SameOrigin.allows("http://localhost:8081", null, null, OWN));
    assertTrue(SameOrigin.allows("https://ZW.example.cn:443", "cross-site", null, OWN));
    assertFalse(SameOrigin.allows("http://evil.example", "same-origin", null, OWN));
    assertFalse(SameOrigin.allows("http://localhost:8080", null, null, OWN));
    assertFalse(SameOrigin.allows("garbage", null, null, OWN));
  }

  @Test
  @DisplayName(
      "Art. 25, cross-site form post under no-referrer: Origin null is judged by Sec-Fetch-Site, then Referer")
  void crossSiteFormPost_nullOrigin() {
    assertTrue(SameOrigin.allows("null", "same-origin", null, OWN));
    assertFalse(SameOrigin.allows("null", "cross-site", null, OWN));
    assertFalse(SameOrigin.allows("null", "same-site", "http://localhost:8081/t/x", OWN));
    assertFalse(SameOrigin.allows("null", null, null, OWN));
    assertTrue(SameOrigin.allows(null, null, "http://localhost:8081/t/hangzhou/rate", OWN));
    assertFalse(SameOrigin.allows(null, null, "http://localhost:8081.evil.example/t/", OWN));
  }

  @Test
  @DisplayName("Art. 25: a client that is no browser (no Origin, Sec-Fetch-Site or Referer) passes")
  void noBrowser() {
    assertTrue(SameOrigin.allows(null, null, null, OWN));
  }

  @Test
  @DisplayName("Art. 25: origins compare without default ports and case")
  void normalised() {
    assertEquals("http://localhost:8081", SameOrigin.of("http", "LocalHost", 8081));
    assertEquals("https://a.cn", SameOrigin.of("https://A.cn:443/x?y"));
    assertEquals("", SameOrigin.of("javascript:alert(1)"));
  }

  @Test
  @DisplayName("Art. 25: the refusal page is in the visitor's language, Chinese by default")
  void refusalPage() {
    assertTrue(RefusalPage.html(null, "forged", "", "/").contains("请求被拒绝"));
    assertTrue(RefusalPage.html(Locale.US, "expired", "/portal", "/x\"").contains("Page expired"));
    assertTrue(
        RefusalPage.html(Locale.US, "expired", "/portal", "/x\"").contains("href=\"/x&quot;\""));
  }

  @Test
  @DisplayName(
      "Art. 25: the refusal page names the portal and links the stylesheet the shared jar serves")
  void refusalPageIsStyled() {
    String page = RefusalPage.html(Locale.SIMPLIFIED_CHINESE, "outage.database", "/p", "/p/");
    assertTrue(page.contains("<header class=\"refusal-banner\">浙江政务云门户</header>"), page);
    assertTrue(page.contains("href=\"/p/refusal/refusal.css\""), page);
    assertTrue(
        getClass().getResource("/META-INF/resources/refusal/refusal.css") != null,
        "served by both portals from the jar");
  }
}
