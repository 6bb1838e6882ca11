package cn.gov.zj.cloud.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.devdb.ZoneDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DatabaseServerTest {

  /** The least an external server needs: the host and the three passwords. */
  private static Map<String, String> external() {
    Map<String, String> env = new HashMap<>();
    env.put("ZJ_DB_HOST", "db.zj.example");
    env.put("ZJ_PRIVATE_DB_PASSWORD", "p-secret");
    env.put("ZJ_PUBLIC_DB_PASSWORD", "q-secret");
    env.put("ZJ_KEYCLOAK_DB_PASSWORD", "k-secret");
    return env;
  }

  @Test
  @DisplayName("no ZJ_DB_HOST (or a blank one): no external server, the embedded one starts")
  void withoutHostTheEmbeddedServerIsUsed() {
    assertTrue(DatabaseServer.fromEnvironment(Map.of()).isEmpty());
    assertTrue(DatabaseServer.fromEnvironment(Map.of("ZJ_DB_HOST", "  ")).isEmpty());
    // Passwords alone do not switch to an external server.
    Map<String, String> env = external();
    env.remove("ZJ_DB_HOST");
    assertTrue(DatabaseServer.fromEnvironment(env).isEmpty());
  }

  @Test
  @DisplayName("defaults: port 5432, databases portal_private/portal_public/keycloak, owner = name")
  void defaults() {
    DatabaseServer server = DatabaseServer.fromEnvironment(external()).orElseThrow();
    assertEquals(
        new DatabaseServer(
            "db.zj.example",
            5432,
            new ZoneDatabase("portal_private", "portal_private", "p-secret"),
            new ZoneDatabase("portal_public", "portal_public", "q-secret"),
            new ZoneDatabase("keycloak", "keycloak", "k-secret")),
        server);
    assertEquals(
        "jdbc:postgresql://db.zj.example:5432/portal_private",
        server.jdbcUrl(server.privateZone()));
  }

  @Test
  @DisplayName("every name, owner and the port can be overridden")
  void overrides() {
    Map<String, String> env = external();
    env.put("ZJ_DB_PORT", "6543");
    env.put("ZJ_PRIVATE_DB_NAME", "zj_private");
    env.put("ZJ_PRIVATE_DB_USER", "zj_private_app");
    env.put("ZJ_PUBLIC_DB_NAME", "zj_public");
    env.put("ZJ_KEYCLOAK_DB_NAME", "zj_keycloak");
    env.put("ZJ_KEYCLOAK_DB_USER", "zj_keycloak_app");
    DatabaseServer server = DatabaseServer.fromEnvironment(env).orElseThrow();
    assertEquals(
        new DatabaseServer(
            "db.zj.example",
            6543,
            new ZoneDatabase("zj_private", "zj_private_app", "p-secret"),
            new ZoneDatabase("zj_public", "zj_public", "q-secret"),
            new ZoneDatabase("zj_keycloak", "zj_keycloak_app", "k-secret")),
        server);
    assertEquals(
        "jdbc:postgresql://db.zj.example:6543/zj_keycloak", server.jdbcUrl(server.keycloak()));
  }

  @Test
  @DisplayName("a missing password is a start error naming the variable")
  void missingPasswordIsNamed() {
    Map<String, String> env = external();
    env.remove("ZJ_PUBLIC_DB_PASSWORD");
    env.put("ZJ_KEYCLOAK_DB_PASSWORD", "");
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> DatabaseServer.fromEnvironment(env));
    assertTrue(error.getMessage().contains("ZJ_PUBLIC_DB_PASSWORD"), error.getMessage());
    assertTrue(error.getMessage().contains("ZJ_KEYCLOAK_DB_PASSWORD"), error.getMessage());
    assertFalse(error.getMessage().contains("ZJ_PRIVATE_DB_PASSWORD"), error.getMessage());
  }

  @Test
  @DisplayName("a wrong port or name is a start error naming the variable")
  void wrongValuesAreNamed() {
    Map<String, String> port = external();
    port.put("ZJ_DB_PORT", "54x2");
    assertMessageContains("ZJ_DB_PORT", port);
    port.put("ZJ_DB_PORT", "70000");
    assertMessageContains("ZJ_DB_PORT", port);
    Map<String, String> name = external();
    name.put("ZJ_PRIVATE_DB_NAME", "portal-private; drop");
    assertMessageContains("ZJ_PRIVATE_DB_NAME", name);
  }

  @Test
  @DisplayName("Art. 24: the zones cannot share a database or an owner")
  void zonesStaySeparate() {
    Map<String, String> sharedOwner = external();
    sharedOwner.put("ZJ_PRIVATE_DB_USER", "portal");
    sharedOwner.put("ZJ_PUBLIC_DB_USER", "portal");
    assertMessageContains("Art. 24", sharedOwner);
    Map<String, String> sharedDatabase = external();
    sharedDatabase.put("ZJ_PUBLIC_DB_NAME", "portal_private");
    sharedDatabase.put("ZJ_PUBLIC_DB_USER", "portal_public");
    assertMessageContains("Art. 24", sharedDatabase);
  }

  @Test
  @DisplayName("passwords never show in a message or toString")
  void passwordsStayHidden() {
    DatabaseServer server = DatabaseServer.fromEnvironment(external()).orElseThrow();
    assertFalse(server.toString().contains("secret"), server.toString());
  }

  @Test
  @DisplayName("a database that cannot connect stops the start, named, without its password")
  void unreachableDatabaseIsNamed() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    Map<String, String> env = external();
    env.put("ZJ_DB_HOST", "localhost");
    env.put("ZJ_DB_PORT", Integer.toString(closedPort));
    DatabaseServer server = DatabaseServer.fromEnvironment(env).orElseThrow();
    IllegalStateException error =
        assertThrows(IllegalStateException.class, server::checkConnections);
    String message = error.getMessage();
    assertTrue(message.contains("localhost:" + closedPort), message);
    assertTrue(
        message.contains("database portal_private as portal_private (private zone"), message);
    assertTrue(message.contains("database keycloak as keycloak (Keycloak"), message);
    assertFalse(message.contains("secret"), message);
  }

  @Test
  @DisplayName("the embedded server uses the development credentials on localhost")
  void embedded() {
    DatabaseServer server = DatabaseServer.embedded(15432);
    assertEquals("localhost", server.host());
    assertEquals(ZoneDatabase.PRIVATE, server.privateZone());
    assertEquals(ZoneDatabase.PUBLIC, server.publicZone());
    assertEquals(ZoneDatabase.KEYCLOAK, server.keycloak());
  }

  private static void assertMessageContains(String expected, Map<String, String> env) {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> DatabaseServer.fromEnvironment(env));
    assertTrue(error.getMessage().contains(expected), error.getMessage());
  }
}
