package cn.gov.zj.cloud.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.interconnect.ZoneKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstallationSecretsTest {

  @TempDir Path data;

  private StackSettings demo(Path directory) {
    return StackSettings.forTests(directory, 20000);
  }

  private static InstallationSecrets of(StackSettings settings, Map<String, String> given) {
    return InstallationSecrets.of(settings, name -> Optional.ofNullable(given.get(name)));
  }

  private static List<String> values(InstallationSecrets s) {
    return List.of(
        s.keycloakAdminPassword(),
        s.privateClientSecret(),
        s.publicClientSecret(),
        s.interconnectClientSecret(),
        s.contactKey(),
        s.formKey());
  }

  @Test
  @DisplayName(
      "Silent development secret: demo mode generates random secrets per installation, kept in data/secrets, owner only")
  void generatedPerInstallation() throws Exception {
    InstallationSecrets first = of(demo(data.resolve("one")), Map.of());
    InstallationSecrets again = of(demo(data.resolve("one")), Map.of());
    InstallationSecrets other = of(demo(data.resolve("two")), Map.of());
    assertEquals(first, again, "kept across restarts");
    assertNotEquals(first.keycloakAdminPassword(), other.keycloakAdminPassword());
    assertNotEquals(first.contactKey(), other.contactKey());
    assertEquals(6, values(first).stream().distinct().count());
    for (String value : values(first)) {
      assertFalse(value.startsWith("dev-") || value.equals("admin"), value);
      assertTrue(value.length() >= 43, value);
    }
    ZoneKey.of(first.contactKey());
    ZoneKey.of(first.formKey());
    Path file = InstallationSecrets.file(demo(data.resolve("one")), "ZJ_KEYCLOAK_ADMIN_PASSWORD");
    assertEquals(first.keycloakAdminPassword(), Files.readString(file));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    assertFalse(first.toString().contains(first.keycloakAdminPassword()));
  }

  @Test
  @DisplayName(
      "Silent development secret: a secret passed to the launcher wins over a generated one")
  void explicitWins() {
    InstallationSecrets secrets =
        of(demo(data), Map.of("ZJ_PRIVATE_CLIENT_SECRET", " from-the-vault "));
    assertEquals("from-the-vault", secrets.privateClientSecret());
    assertFalse(Files.exists(InstallationSecrets.file(demo(data), "ZJ_PRIVATE_CLIENT_SECRET")));
  }

  @Test
  @DisplayName(
      "Silent development secret: outside demo mode a missing secret stops the launcher, named")
  void outsideDemoModeNothingIsGenerated() {
    StackSettings demo = demo(data);
    StackSettings production =
        new StackSettings(
            demo.dataDirectory(),
            demo.runtimeDirectory(),
            demo.postgresPort(),
            demo.keycloakPort(),
            demo.keycloakManagementPort(),
            demo.privatePort(),
            demo.publicPort(),
            demo.smtpPort(),
            demo.mailPort(),
            false,
            false,
            demo.externalDatabase());
    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> of(production, Map.of()));
    assertTrue(refused.getMessage().contains("ZJ_KEYCLOAK_ADMIN_PASSWORD"), refused.getMessage());
    assertFalse(Files.exists(data.resolve("secrets")));
  }

  @Test
  @DisplayName(
      "Silent development secret: data made before generated secrets (Keycloak with admin/admin) is refused, not reused")
  void olderInstallationIsRefused() throws Exception {
    Files.createDirectories(data.resolve("pg"));
    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> of(demo(data), Map.of()));
    assertTrue(refused.getMessage().contains("rm -rf"), refused.getMessage());
  }
}
