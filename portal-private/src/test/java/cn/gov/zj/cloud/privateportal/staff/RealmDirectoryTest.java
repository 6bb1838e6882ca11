package cn.gov.zj.cloud.privateportal.staff;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.tenant.TenantId;
import cn.gov.zj.cloud.privateportal.security.PortalSettings;
import java.lang.reflect.Field;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Art. 25: the realm directory's error mapping through keycloak-admin-client, without a container,
 * against a Keycloak that does not answer (nothing listens on port 1). The answers of a real
 * Keycloak are covered by the system tests' StaffAccountsIT.
 */
class RealmDirectoryTest {

  private static final TenantId HANGZHOU = new TenantId("hangzhou");
  private static final String SOME_USER = "0b5c2f4e-1d3a-4c8b-9e7f-a1b2c3d4e5f6";

  private RealmDirectory directory;

  @BeforeEach
  void unreachableKeycloak() throws ReflectiveOperationException {
    PortalSettings settings = new PortalSettings();
    set(settings, "keycloakUrl", "http://localhost:1");
    set(settings, "clientSecret", "unused");
    directory = new RealmDirectory();
    set(directory, "settings", settings);
  }

  @AfterEach
  void close() {
    directory.close();
  }

  @Test
  @DisplayName(
      "Art. 25, Keycloak outage: every account operation is DirectoryUnavailable (503), never a"
          + " 500")
  void art25_outageIsDirectoryUnavailable() {
    assertThrows(DirectoryUnavailable.class, () -> directory.list(HANGZHOU, 0, 10, null));
    assertThrows(DirectoryUnavailable.class, () -> directory.count(HANGZHOU, "li"));
    assertThrows(DirectoryUnavailable.class, () -> directory.find(HANGZHOU, SOME_USER));
    assertThrows(
        DirectoryUnavailable.class, () -> directory.emails(HANGZHOU, Role.TENANT_ADMIN, null));
    assertThrows(
        DirectoryUnavailable.class,
        () -> directory.setRoles(HANGZHOU, SOME_USER, Set.of(Role.TENANT_ADMIN)));
    assertThrows(
        DirectoryUnavailable.class, () -> directory.setEnabled(HANGZHOU, SOME_USER, false));
    assertThrows(
        DirectoryUnavailable.class,
        () -> directory.update(HANGZHOU, SOME_USER, "Li", "Lei", "li@example.org", null));
    assertThrows(DirectoryUnavailable.class, () -> directory.remove(HANGZHOU, SOME_USER));
    assertThrows(
        DirectoryUnavailable.class,
        () -> directory.resetPassword(HANGZHOU, SOME_USER, "Temporary-1234"));
    assertThrows(
        DirectoryUnavailable.class,
        () ->
            directory.create(
                HANGZHOU,
                new RealmDirectory.NewAccount(
                    "lilei", "Li", "Lei", "li@example.org", Role.REVIEWER, null, "Temp-1234")));
  }

  @Test
  @DisplayName("Art. 25, path tricks: an id that is no Keycloak user id is unknown, never sent")
  void art25_pathTrickIdIsUnknown() {
    assertTrue(directory.find(HANGZHOU, "../../users").isEmpty());
    assertTrue(directory.find(HANGZHOU, null).isEmpty());
  }

  private static void set(Object target, String name, Object value)
      throws ReflectiveOperationException {
    Field field = target.getClass().getDeclaredField(name);
    field.setAccessible(true);
    field.set(target, value);
  }
}
