package cn.gov.zj.cloud.publicportal.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TenantRouteTest {

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
        "/views/tenant.xhtml",
        "/"
      })
  @DisplayName("Art. 24: anything but a tenant's page has no route (404)")
  void noRoute(String path) {
    assertTrue(TenantRoute.of(path).isEmpty(), path);
  }
}
