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
        s.usageClientSecret(),
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
    assertEquals(7, values(first).stream().distinct().count());
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
    StackSettings production = production(data);
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

  @Test
  @DisplayName(
      "Art. 15, silent development secret: outside demo mode the usage intake's client secret is required too, named; never a development default")
  void art15_usageClientSecretIsRequired() {
    StackSettings production = production(data);
    Map<String, String> others =
        Map.of(
            "ZJ_KEYCLOAK_ADMIN_PASSWORD", "a",
            "ZJ_PRIVATE_CLIENT_SECRET", "b",
            "ZJ_PUBLIC_CLIENT_SECRET", "c",
            "ZJ_INTERCONNECT_CLIENT_SECRET", "d",
            "ZJ_PUBLIC_CONTACT_KEY", "e",
            "ZJ_PUBLIC_FORM_KEY", "f");
    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> of(production, others));
    assertTrue(refused.getMessage().contains("ZJ_USAGE_CLIENT_SECRET"), refused.getMessage());
    Map<String, String> all = new java.util.HashMap<>(others);
    all.put("ZJ_USAGE_CLIENT_SECRET", "from-the-vault");
    assertEquals("from-the-vault", of(production, all).usageClientSecret());
    assertFalse(Files.exists(data.resolve("secrets")));
  }

  private StackSettings production(Path directory) {
    StackSettings demo = demo(directory);
    return new StackSettings(
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
  }
}
