package cn.gov.zj.cloud.publicportal.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TenantRouteTest {

  private static final String TOKEN = "abcdefghijklmnopqrstuvwxyz0123456789-_ABCDE";

  @Test
  @DisplayName("Art. 24: a tenant's public home is /t/<tenant>/, rendered by the tenant view")
  void tenantHome() {
    assertEquals(
        Optional.of(new TenantRoute("hangzhou", "/views/tenant.xhtml")),
        TenantRoute.of("/t/hangzhou/"));
    assertEquals(
        Optional.of(new TenantRoute("hangzhou", "/views/tenant.xhtml")),
        TenantRoute.of("/t/hangzhou"));
  }

  @ParameterizedTest
  @CsvSource({
    "/t/hangzhou/rate, /views/rate.xhtml",
    "/t/hangzhou/consult, /views/consult.xhtml",
    "/t/hangzhou/status, /views/status.xhtml",
    "/t/hangzhou/rating, /views/rating.xhtml",
    "/t/hangzhou/statistics, /views/statistics.xhtml",
    "/t/hangzhou/ranking, /views/ranking.xhtml",
    "/t/hangzhou/statistics/42, /views/service-statistics.xhtml?service=42"
  })
  @DisplayName("Art. 23: each public page of a tenant is one Faces view")
  void art23_pages(String path, String view) {
    assertEquals(Optional.of(new TenantRoute("hangzhou", view)), TenantRoute.of(path));
  }

  @Test
  @DisplayName("Art. 23: an invitation's one-time link passes its token to the invitation view")
  void art23_invitationLink() {
    assertEquals(
        Optional.of(new TenantRoute("ningbo", "/views/invitation.xhtml?token=" + TOKEN)),
        TenantRoute.of("/t/ningbo/invitation/" + TOKEN));
  }

  @Test
  @DisplayName("Art. 23: whatever the link's segment holds reaches the view as one parameter only")
  void art23_invitationSegmentIsEncoded() {
    assertEquals(
        "/views/invitation.xhtml?token=a%26lang%3Den",
        TenantRoute.of("/t/ningbo/invitation/a&lang=en").orElseThrow().view());
  }

  @Test
  @DisplayName("Art. 5: the route keeps any segment; the tenant list decides whether it is one")
  void segmentIsCheckedLater() {
    assertEquals("shanghai", TenantRoute.of("/t/shanghai/").orElseThrow().tenant());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/t/",
        "/t//",
        "/t/hangzhou/unknown-page",
        "/t/hangzhou/a/b",
        "/t/hangzhou/rate/5",
        "/t/hangzhou/invitation",
        "/t/hangzhou/invitation/",
        "/t/hangzhou/invitation/a/b",
        "/views/tenant.xhtml",
        "/"
      })
  @DisplayName("Art. 24: anything but a tenant's page has no route (404)")
  void noRoute(String path) {
    assertTrue(TenantRoute.of(path).isEmpty(), path);
  }
}
