package cn.gov.zj.cloud.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.interconnect.ZoneKey;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PortalServerTest {

  private final StackSettings settings = StackSettings.forTests(Path.of("target/unused"), 20000);
  private final InstallationSecrets secrets =
      new InstallationSecrets(
          "admin-pw",
          "private-cs",
          "public-cs",
          "interconnect-cs",
          "usage-cs",
          "contact-k",
          "form-k");

  /** An external server whose zones have names and passwords unlike the development ones. */
  private final StackSettings external =
      StackSettings.defaults(
          Map.of(
              "ZJ_DB_HOST", "db.zj.example",
              "ZJ_DB_PORT", "6543",
              "ZJ_PRIVATE_DB_NAME", "zj_private",
              "ZJ_PRIVATE_DB_PASSWORD", "private-secret",
              "ZJ_PUBLIC_DB_NAME", "zj_public",
              "ZJ_PUBLIC_DB_PASSWORD", "public-secret",
              "ZJ_KEYCLOAK_DB_PASSWORD", "keycloak-secret"));

  @Test
  @DisplayName("Art. 24: portal-private gets its own database only, and no Keycloak admin")
  void privateZoneSeesOnlyItsOwnDatabase() {
    Map<String, String> env =
        PortalServer.privateZone(settings, settings.database(), secrets).environment();
    assertEquals("portal_private", env.get("ZJ_PRIVATE_DB_NAME"));
    assertEquals("portal_private", env.get("ZJ_PRIVATE_DB_USER"));
    assertEquals("localhost", env.get("ZJ_DB_HOST"));
    assertEquals("25432", env.get("ZJ_DB_PORT"));
    assertEquals("http://localhost:28180", env.get("ZJ_KEYCLOAK_URL"));
    assertEquals("http://localhost:28080", env.get("ZJ_PRIVATE_BASE_URL"));
    assertTrue(env.keySet().stream().noneMatch(name -> name.startsWith("ZJ_PUBLIC_DB_")));
    assertFalse(env.containsKey("ZJ_PUBLIC_CLIENT_SECRET"));
    assertFalse(env.containsKey("ZJ_PUBLIC_CONTACT_KEY"));
    assertFalse(env.containsKey("ZJ_PUBLIC_FORM_KEY"));
    assertEquals("private-cs", env.get("ZJ_PRIVATE_CLIENT_SECRET"));
    assertEquals("interconnect-cs", env.get("ZJ_INTERCONNECT_CLIENT_SECRET"));
    assertTrue(env.keySet().stream().noneMatch(name -> name.contains("ADMIN")));
  }

  @Test
  @DisplayName("Art. 24: portal-public gets its own database only, and no Keycloak admin")
  void publicZoneSeesOnlyItsOwnDatabase() {
    Map<String, String> env =
        PortalServer.publicZone(settings, settings.database(), secrets).environment();
    assertEquals("portal_public", env.get("ZJ_PUBLIC_DB_NAME"));
    assertEquals("contact-k", env.get("ZJ_PUBLIC_CONTACT_KEY"));
    assertEquals("form-k", env.get("ZJ_PUBLIC_FORM_KEY"));
    assertFalse(env.containsKey("ZJ_PUBLIC_CLIENT_SECRET"), "the public zone signs nobody in");
    assertFalse(env.containsKey("ZJ_INTERCONNECT_CLIENT_SECRET"));
    assertEquals("http://localhost:28081", env.get("ZJ_PUBLIC_BASE_URL"));
    assertTrue(env.keySet().stream().noneMatch(name -> name.startsWith("ZJ_PRIVATE_")));
    assertTrue(env.keySet().stream().noneMatch(name -> name.contains("ADMIN")));
  }

  @Test
  @DisplayName("Art. 24: each zone signs with its own key and verifies with the other's public key")
  void art24_zonesGetTheirOwnSigningKeyAndThePeersPublicKey() {
    Map<String, String> own =
        PortalServer.privateZone(settings, settings.database(), secrets).environment();
    Map<String, String> other =
        PortalServer.publicZone(settings, settings.database(), secrets).environment();
    String text = "id=1\n";
    String published = ZoneKey.of(own.get("ZJ_ZONE_SIGNING_KEY")).sign(text);
    assertTrue(ZoneKey.of(other.get("ZJ_PEER_VERIFY_KEY")).verifies(text, published));
    String submitted = ZoneKey.of(other.get("ZJ_ZONE_SIGNING_KEY")).sign(text);
    assertTrue(ZoneKey.of(own.get("ZJ_PEER_VERIFY_KEY")).verifies(text, submitted));
    assertFalse(ZoneKey.of(own.get("ZJ_ZONE_SIGNING_KEY")).verifies(text, submitted));
    assertEquals("http://localhost:28081", own.get("ZJ_PUBLIC_ZONE_URL"));
    assertEquals("2", own.get("ZJ_CHANNEL_SECONDS"));
  }

  @Test
  @DisplayName("Art. 24: the benchmark turns the channel's timer off through a system property")
  void art24_theChannelIntervalIsPassedThrough() {
    System.setProperty("ZJ_CHANNEL_SECONDS", "0");
    try {
      Map<String, String> env =
          PortalServer.privateZone(settings, settings.database(), secrets).environment();
      assertEquals("0", env.get("ZJ_CHANNEL_SECONDS"));
    } finally {
      System.clearProperty("ZJ_CHANNEL_SECONDS");
    }
  }

  @Test
  @DisplayName("external PostgreSQL: each portal gets its own zone's credentials, never another's")
  void externalServerKeepsTheZonesApart() {
    assertEquals(
        Map.of(
            "ZJ_DB_HOST", "db.zj.example",
            "ZJ_DB_PORT", "6543",
            "ZJ_PRIVATE_DB_NAME", "zj_private",
            "ZJ_PRIVATE_DB_USER", "zj_private",
            "ZJ_PRIVATE_DB_PASSWORD", "private-secret"),
        databaseVariables(PortalServer.privateZone(external, external.database(), secrets)));
    assertEquals(
        Map.of(
            "ZJ_DB_HOST", "db.zj.example",
            "ZJ_DB_PORT", "6543",
            "ZJ_PUBLIC_DB_NAME", "zj_public",
            "ZJ_PUBLIC_DB_USER", "zj_public",
            "ZJ_PUBLIC_DB_PASSWORD", "public-secret"),
        databaseVariables(PortalServer.publicZone(external, external.database(), secrets)));
  }

  /** Every variable of the portal's environment that says anything about a database. */
  private static Map<String, String> databaseVariables(PortalServer portal) {
    return portal.environment().entrySet().stream()
        .filter(e -> e.getKey().contains("_DB_") || e.getValue().endsWith("-secret"))
        .filter(e -> !e.getKey().endsWith("_CLIENT_SECRET"))
        .filter(e -> !e.getKey().endsWith("_CONTACT_KEY"))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  @Test
  @DisplayName("system tests always use the embedded PostgreSQL; defaults without ZJ_DB_HOST too")
  void embeddedUnlessConfigured() {
    assertTrue(settings.embeddedPostgres());
    assertTrue(StackSettings.defaults(Map.of()).embeddedPostgres());
    assertEquals(15432, StackSettings.defaults(Map.of()).database().port());
    assertFalse(external.embeddedPostgres());
  }
}
