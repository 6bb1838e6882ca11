package cn.gov.zj.cloud.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.tenant.TenantDirectory;
import cn.gov.zj.cloud.launcher.InstallationSecrets;
import cn.gov.zj.cloud.launcher.Stack;
import cn.gov.zj.cloud.launcher.StackSettings;
import cn.gov.zj.cloud.realm.ProvisionRealms;
import cn.gov.zj.cloud.realm.ProvisioningReport;
import cn.gov.zj.cloud.realm.ProvisioningSettings;
import cn.gov.zj.cloud.realm.RealmProvisioner;
import jakarta.ws.rs.BadRequestException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Art. 25: the realms as Keycloak really holds them: password policy, events, names editable by
 * administrators only, back-channel logout; and an existing realm gets what it lacks.
 */
@ExtendWith(RunningStack.class)
class RealmPolicyIT {

  /** jiaxing: no other system test changes its realm's settings. */
  private static final String TENANT = "jiaxing";

  static Keycloak admin() {
    StackSettings settings = RunningStack.settings();
    return ProvisionRealms.masterAdmin(
        settings.keycloakUrl(),
        Stack.KEYCLOAK_ADMIN,
        InstallationSecrets.of(settings).keycloakAdminPassword());
  }

  static ProvisioningSettings demoProvisioning() {
    StackSettings settings = RunningStack.settings();
    InstallationSecrets secrets = InstallationSecrets.of(settings);
    return new ProvisioningSettings(
        settings.keycloakUrl(),
        settings.privateBaseUrl(),
        settings.publicBaseUrl(),
        secrets.privateClientSecret(),
        secrets.publicClientSecret(),
        secrets.interconnectClientSecret(),
        secrets.usageClientSecret(),
        true);
  }

  @Test
  @DisplayName(
      "Art. 25, a user renaming themselves 局长: the account REST API refuses a new first or last"
          + " name from the user; an administrator may change it")
  void userCannotRenameThemselves() throws Exception {
    try (Keycloak admin = admin()) {
      RealmResource realm = admin.realm(TENANT);
      String password = "Pass-" + UUID.randomUUID();
      String id = StaffUsers.create(realm, "rename." + shortId(), password, "reviewer");
      String username = realm.users().get(id).toRepresentation().getUsername();
      String token = StaffUsers.token(TENANT, username, password);

      for (Map<String, String> change :
          List.of(Map.of("firstName", "局长"), Map.of("lastName", "局长"))) {
        HttpResponse<String> answer = updateOwnAccount(token, username, change);
        assertEquals(400, answer.statusCode(), answer.body());
      }
      UserRepresentation kept = realm.users().get(id).toRepresentation();
      assertEquals("小明", kept.getFirstName());
      assertEquals("王", kept.getLastName());

      UserRepresentation renamed = realm.users().get(id).toRepresentation();
      renamed.setFirstName("小红");
      realm.users().get(id).update(renamed);
      assertEquals("小红", realm.users().get(id).toRepresentation().getFirstName());
      realm.users().get(id).remove();
    }
  }

  @Test
  @DisplayName(
      "Art. 25: every realm keeps login and admin events, refuses the username as password,"
          + " and tells portal-private of every logout")
  void demoRealmsAsProvisioned() {
    try (Keycloak admin = admin()) {
      for (String tenant : List.of("zhejiang", TENANT)) {
        RealmRepresentation realm = admin.realm(tenant).toRepresentation();
        assertTrue(realm.isEventsEnabled(), tenant);
        assertTrue(realm.isAdminEventsEnabled(), tenant);
        assertTrue(realm.getEventsExpiration() >= 180L * 24 * 3600, tenant);
        assertEquals("15552000", realm.getAttributes().get("adminEventsExpiration"), tenant);
        assertTrue(realm.getPasswordPolicy().contains("notUsername"), realm.getPasswordPolicy());
        assertTrue(
            realm.getPasswordPolicy().contains("passwordHistory"), realm.getPasswordPolicy());
        assertFalse(realm.getPasswordPolicy().contains("length"), "demo realms keep 'demo'");
        assertEquals(
            RunningStack.settings().privateBaseUrl() + "/auth/backchannel-logout",
            portalPrivate(admin.realm(tenant))
                .toRepresentation()
                .getAttributes()
                .get("backchannel.logout.url"));
      }
    }
  }

  @Test
  @DisplayName(
      "Art. 5, Art. 25: a realm provisioned before this hardening gets back-channel logout,"
          + " events and policy on the next run, and only those")
  void existingRealmGetsWhatItLacks() {
    try (Keycloak admin = admin()) {
      RealmResource realm = admin.realm(TENANT);
      ClientResource client = portalPrivate(realm);
      ClientRepresentation stripped = client.toRepresentation();
      Map<String, String> attributes = new HashMap<>(stripped.getAttributes());
      attributes.put("backchannel.logout.url", "");
      stripped.setAttributes(attributes);
      client.update(stripped);
      RealmRepresentation old = new RealmRepresentation();
      old.setPasswordPolicy("length(4)");
      old.setEventsEnabled(false);
      old.setAdminEventsEnabled(false);
      realm.update(old);

      ProvisioningReport report =
          new RealmProvisioner(admin, demoProvisioning()).provision(TenantDirectory.builtIn());
      assertEquals(
          List.of(
              "PASSWORD_POLICY length(4) and notUsername and passwordHistory(5)",
              "EVENTS login",
              "EVENTS admin",
              "ATTRIBUTE portal-private/backchannel.logout.url"),
          report.addedTo(TENANT),
          report::toString);
      assertEquals(
          RunningStack.settings().privateBaseUrl() + "/auth/backchannel-logout",
          client.toRepresentation().getAttributes().get("backchannel.logout.url"));
      RealmRepresentation now = realm.toRepresentation();
      assertTrue(now.isEventsEnabled());
      assertTrue(now.isAdminEventsEnabled());
      assertTrue(now.getPasswordPolicy().startsWith("length(4)"), "an existing term stays");

      RealmRepresentation restore = new RealmRepresentation();
      restore.setPasswordPolicy("notUsername(undefined) and passwordHistory(5)");
      realm.update(restore);
      assertTrue(
          new RealmProvisioner(admin, demoProvisioning())
              .provision(TenantDirectory.builtIn())
              .changedNothing());
    }
  }

  @Test
  @DisplayName(
      "Art. 25, a guessed password: a production realm refuses a password under 12 characters"
          + " and the username, and takes a long one")
  void productionRealmRefusesWeakPasswords() throws Exception {
    String tenant = "prod-" + shortId();
    StackSettings stack = RunningStack.settings();
    ProvisioningSettings production =
        new ProvisioningSettings(
            stack.keycloakUrl(),
            stack.privateBaseUrl(),
            stack.publicBaseUrl(),
            "private-" + UUID.randomUUID(),
            "public-" + UUID.randomUUID(),
            "interconnect-" + UUID.randomUUID(),
            "usage-" + UUID.randomUUID(),
            false);
    TenantDirectory one =
        TenantDirectory.parse(new StringReader(tenant + ",339900,测试省,Test Province,PROVINCE\n"));
    try (Keycloak admin = admin()) {
      new RealmProvisioner(admin, production).provision(one);
      RealmResource realm = admin.realm(tenant);
      try {
        assertTrue(realm.toRepresentation().getPasswordPolicy().contains("length(12)"));
        String username = "strong." + shortId();
        String id = StaffUsers.create(realm, username, "Long-enough-" + shortId(), null);
        assertThrows(BadRequestException.class, () -> setPassword(realm, id, "Short-1x"));
        assertThrows(BadRequestException.class, () -> setPassword(realm, id, username));
        setPassword(realm, id, "Another-long-" + shortId());
      } finally {
        realm.remove();
      }
    }
  }

  private static void setPassword(RealmResource realm, String id, String password) {
    CredentialRepresentation credential = new CredentialRepresentation();
    credential.setType(CredentialRepresentation.PASSWORD);
    credential.setValue(password);
    credential.setTemporary(false);
    realm.users().get(id).resetPassword(credential);
  }

  private static HttpResponse<String> updateOwnAccount(
      String token, String username, Map<String, String> change) throws Exception {
    Map<String, String> account = new HashMap<>();
    account.put("username", username);
    account.put("firstName", "小明");
    account.put("lastName", "王");
    account.put("email", username + "@jx.example.gov.cn");
    account.putAll(change);
    StringBuilder json = new StringBuilder("{");
    account.forEach(
        (key, value) ->
            json.append(json.length() > 1 ? "," : "")
                .append('"')
                .append(key)
                .append("\":\"")
                .append(value)
                .append('"'));
    json.append('}');
    return Api.HTTP.send(
        HttpRequest.newBuilder(
                URI.create(
                    RunningStack.settings().keycloakUrl() + "/realms/" + TENANT + "/account/"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json.toString()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static ClientResource portalPrivate(RealmResource realm) {
    return realm.clients().get(realm.clients().findByClientId("portal-private").get(0).getId());
  }

  static String shortId() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
