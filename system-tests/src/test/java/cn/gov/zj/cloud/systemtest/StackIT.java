package cn.gov.zj.cloud.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.demo.DemoUnit;
import cn.gov.zj.cloud.domain.tenant.TenantDirectory;
import cn.gov.zj.cloud.launcher.InstallationSecrets;
import cn.gov.zj.cloud.launcher.Stack;
import cn.gov.zj.cloud.launcher.StackSettings;
import cn.gov.zj.cloud.realm.ProvisionRealms;
import cn.gov.zj.cloud.realm.ProvisioningReport;
import cn.gov.zj.cloud.realm.ProvisioningSettings;
import cn.gov.zj.cloud.realm.RealmProvisioner;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.util.JsonSerialization;

/** The whole stack, for real: PostgreSQL, Keycloak, the realms and both portals. */
@ExtendWith(RunningStack.class)
class StackIT {

  private static final HttpClient HTTP = Api.HTTP;

  @Test
  @DisplayName("Art. 4: a demo unit applicant's token carries issuer, audience, role and unit")
  void unitApplicantToken() throws Exception {
    Map<String, Object> claims = accessToken("hangzhou", "hangzhou.unit-applicant");
    assertEquals(RunningStack.settings().keycloakUrl() + "/realms/hangzhou", claims.get("iss"));
    assertTrue(String.valueOf(claims.get("aud")).contains("portal-private"));
    assertEquals("hangzhou.unit-applicant", claims.get("preferred_username"));
    assertTrue(realmRoles(claims).contains("unit-applicant"));
    String unit =
        DemoUnit.of(TenantDirectory.builtIn().find("hangzhou").orElseThrow()).creditCode().value();
    assertEquals(unit, claims.get("unit"));
  }

  @Test
  @DisplayName("Art. 4: reviewers belong to no unit; province-admin exists in the province only")
  void reviewerAndProvinceAdmin() throws Exception {
    Map<String, Object> reviewer = accessToken("ningbo", "ningbo.reviewer");
    assertNull(reviewer.get("unit"));
    assertTrue(realmRoles(reviewer).contains("reviewer"));
    assertTrue(
        realmRoles(accessToken("zhejiang", "zhejiang.province-admin")).contains("province-admin"));
    // RFC 6749: an unknown user is an invalid_grant, HTTP 400.
    assertEquals(400, Api.tokenResponse("hangzhou", "hangzhou.province-admin").statusCode());
  }

  @Test
  @DisplayName(
      "Art. 5: provisioning again, with the installation's generated secrets, adds nothing")
  void secondProvisioningAddsNothing() {
    StackSettings settings = RunningStack.settings();
    InstallationSecrets secrets = InstallationSecrets.of(settings);
    try (Keycloak admin =
        ProvisionRealms.masterAdmin(
            settings.keycloakUrl(), Stack.KEYCLOAK_ADMIN, secrets.keycloakAdminPassword())) {
      ProvisioningReport again =
          new RealmProvisioner(
                  admin,
                  new ProvisioningSettings(
                      settings.keycloakUrl(),
                      settings.privateBaseUrl(),
                      settings.publicBaseUrl(),
                      secrets.privateClientSecret(),
                      secrets.publicClientSecret(),
                      secrets.interconnectClientSecret(),
                      secrets.usageClientSecret(),
                      true))
              .provision(TenantDirectory.builtIn());
      assertTrue(again.changedNothing(), again::toString);
    }
  }

  @Test
  @DisplayName("Both portals answer their readiness check")
  void portalsReady() throws Exception {
    for (int port :
        List.of(RunningStack.settings().privatePort(), RunningStack.settings().publicPort())) {
      HttpResponse<Void> ready =
          HTTP.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health/ready"))
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      assertEquals(200, ready.statusCode(), "port " + port);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> accessToken(String realm, String username) throws Exception {
    HttpResponse<String> response = Api.tokenResponse(realm, username);
    assertEquals(200, response.statusCode(), response.body());
    String token =
        (String) JsonSerialization.readValue(response.body(), Map.class).get("access_token");
    byte[] payload = Base64.getUrlDecoder().decode(token.split("\\.")[1]);
    return JsonSerialization.readValue(new String(payload, StandardCharsets.UTF_8), Map.class);
  }

  @SuppressWarnings("unchecked")
  private static List<String> realmRoles(Map<String, Object> claims) {
    return (List<String>) ((Map<String, Object>) claims.get("realm_access")).get("roles");
  }
}
