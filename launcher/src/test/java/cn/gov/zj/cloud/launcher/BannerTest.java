package cn.gov.zj.cloud.launcher;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.tenant.TenantDirectory;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BannerTest {

  @TempDir Path data;

  @Test
  @DisplayName(
      "Silent development secret: the banner says demo mode is on and where the generated Keycloak admin password is")
  void bannerNamesDemoModeAndThePasswordFile() {
    StackSettings settings = StackSettings.forTests(data, 20000);
    InstallationSecrets secrets = InstallationSecrets.of(settings, name -> Optional.empty());
    String banner =
        Banner.of(settings, settings.database(), new StartupTimes(), TenantDirectory.builtIn());
    assertTrue(banner.contains("DEMO MODE"), banner);
    assertTrue(banner.contains("ZJ_DEMO=true"), banner);
    assertTrue(
        banner.contains(
            InstallationSecrets.file(settings, "ZJ_KEYCLOAK_ADMIN_PASSWORD").toString()),
        banner);
    assertFalse(banner.contains(secrets.keycloakAdminPassword()), "the file, not the value");
    assertFalse(banner.contains("admin/admin") || banner.contains("(admin/"), banner);
  }
}
