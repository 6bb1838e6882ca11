package cn.gov.zj.cloud.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PortalServerTest {

  private final StackSettings settings = StackSettings.forTests(Path.of("target/unused"), 20000);

  @Test
  @DisplayName("Art. 24: portal-private gets its own database only, and no Keycloak admin")
  void privateZoneSeesOnlyItsOwnDatabase() {
    Map<String, String> env = PortalServer.privateZone(settings).environment();
    assertEquals("portal_private", env.get("ZJ_PRIVATE_DB_NAME"));
    assertEquals("portal_private", env.get("ZJ_PRIVATE_DB_USER"));
    assertEquals("25432", env.get("ZJ_DB_PORT"));
    assertEquals("http://localhost:28180", env.get("ZJ_KEYCLOAK_URL"));
    assertEquals("http://localhost:28080", env.get("ZJ_PRIVATE_BASE_URL"));
    assertTrue(env.keySet().stream().noneMatch(name -> name.startsWith("ZJ_PUBLIC_")));
    assertTrue(env.keySet().stream().noneMatch(name -> name.contains("ADMIN")));
  }

  @Test
  @DisplayName("Art. 24: portal-public gets its own database only, and no Keycloak admin")
  void publicZoneSeesOnlyItsOwnDatabase() {
    Map<String, String> env = PortalServer.publicZone(settings).environment();
    assertEquals("portal_public", env.get("ZJ_PUBLIC_DB_NAME"));
    assertEquals("dev-portal-public-secret", env.get("ZJ_PUBLIC_CLIENT_SECRET"));
    assertEquals("http://localhost:28081", env.get("ZJ_PUBLIC_BASE_URL"));
    assertTrue(env.keySet().stream().noneMatch(name -> name.startsWith("ZJ_PRIVATE_")));
    assertTrue(env.keySet().stream().noneMatch(name -> name.contains("ADMIN")));
  }
}
