package cn.gov.zj.cloud.realm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.demo.DemoUnit;
import cn.gov.zj.cloud.domain.tenant.Tenant;
import cn.gov.zj.cloud.domain.tenant.TenantDirectory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

class RealmTemplateTest {

  private static final TenantDirectory TENANTS = TenantDirectory.builtIn();
  private static final Tenant PROVINCE = TENANTS.province();
  private static final Tenant HANGZHOU = TENANTS.find("hangzhou").orElseThrow();
  private static final ProvisioningSettings DEMO =
      new ProvisioningSettings(
          "http://localhost:8180",
          "http://localhost:8080",
          "http://localhost:8081",
          "demo-private-secret",
          "demo-public-secret",
          "demo-interconnect-secret",
          "demo-usage-secret",
          true);
  private static final ProvisioningSettings PRODUCTION =
      new ProvisioningSettings(
          "https://id.example.gov.cn/",
          "https://zwy.example.gov.cn",
          "https://fw.example.gov.cn",
          "private-secret",
          "public-secret",
          "interconnect-secret",
          "usage-secret",
          false);

  private final RealmTemplate template = RealmTemplate.standard();

  @Test
  @DisplayName("Art. 4: province-admin exists in the province realm only")
  void provinceAdminOnlyInProvince() {
    assertTrue(roleNames(template.render(PROVINCE, DEMO)).contains("province-admin"));
    List<String> city = roleNames(template.render(HANGZHOU, DEMO));
    assertFalse(city.contains("province-admin"));
    assertEquals(
        List.of(
            "unit-applicant",
            "unit-security-officer",
            "reviewer",
            "provider-operator",
            "security-supervisor",
            "tenant-admin"),
        city);
  }

  @Test
  @DisplayName("Art. 5: realm name is the tenant id, display name its Chinese name, zh-CN first")
  void realmSettings() {
    RealmRepresentation realm = template.render(HANGZHOU, PRODUCTION);
    assertEquals("hangzhou", realm.getRealm());
    assertEquals("杭州市", realm.getDisplayName());
    assertTrue(realm.isInternationalizationEnabled());
    assertEquals("zh-CN", realm.getDefaultLocale());
    assertTrue(realm.getSupportedLocales().containsAll(List.of("zh-CN", "en")));
    assertFalse(realm.isRegistrationAllowed());
  }

  @Test
  @DisplayName("Confidential portal clients with PKCE and tenant redirect URIs")
  void portalClients() {
    RealmRepresentation realm = template.render(HANGZHOU, PRODUCTION);
    ClientRepresentation privatePortal = client(realm, "portal-private");
    assertFalse(privatePortal.isPublicClient());
    assertEquals("private-secret", privatePortal.getSecret());
    assertTrue(privatePortal.isStandardFlowEnabled());
    assertFalse(privatePortal.isDirectAccessGrantsEnabled());
    assertTrue(privatePortal.isServiceAccountsEnabled());
    assertEquals("S256", privatePortal.getAttributes().get("pkce.code.challenge.method"));
    assertEquals(
        List.of("https://zwy.example.gov.cn/t/hangzhou/*"), privatePortal.getRedirectUris());
    assertEquals(
        "https://zwy.example.gov.cn/*",
        privatePortal.getAttributes().get("post.logout.redirect.uris"));
    assertTrue(
        privatePortal.getDefaultClientScopes().containsAll(List.of("roles", "profile", "basic")));
    assertEquals("portal-private", audienceOf(privatePortal));

    ClientRepresentation publicPortal = client(realm, "portal-public");
    assertEquals("public-secret", publicPortal.getSecret());
    assertEquals(List.of("https://fw.example.gov.cn/t/hangzhou/*"), publicPortal.getRedirectUris());
    assertEquals("portal-public", audienceOf(publicPortal));
    assertFalse(publicPortal.isServiceAccountsEnabled());
  }

  @Test
  @DisplayName("Production: no demo users and no portal-cli client")
  void productionHasNoDemo() {
    RealmRepresentation realm = template.render(PROVINCE, PRODUCTION);
    assertNull(realm.getUsers());
    assertEquals(
        List.of("portal-private", "portal-public", "zone-interconnect", "usage-intake"),
        realm.getClients().stream().map(ClientRepresentation::getClientId).toList());
  }

  @Test
  @DisplayName("Development: one demo user per role; only unit roles carry the demo unit")
  void demoUsers() {
    RealmRepresentation realm = template.render(HANGZHOU, DEMO);
    assertEquals("portal-private", audienceOf(client(realm, "portal-cli")));
    assertTrue(client(realm, "portal-cli").isPublicClient());
    assertEquals(6, realm.getUsers().size());
    UserRepresentation applicant = user(realm, "hangzhou.unit-applicant");
    assertEquals(List.of("unit-applicant"), applicant.getRealmRoles());
    assertEquals("使用单位经办人", applicant.getFirstName());
    assertEquals("杭州市", applicant.getLastName());
    assertEquals("hangzhou.unit-applicant@demo.zjzwy.gov.cn", applicant.getEmail());
    assertEquals(
        Map.of("unit", List.of(DemoUnit.of(HANGZHOU).creditCode().value())),
        applicant.getAttributes());
    assertFalse(applicant.getCredentials().get(0).isTemporary());
    assertNull(user(realm, "hangzhou.reviewer").getAttributes());
    assertNull(user(realm, "hangzhou.provider-operator").getAttributes());
    assertEquals(
        "省级管理员", user(template.render(PROVINCE, DEMO), "zhejiang.province-admin").getFirstName());
  }

  @Test
  @DisplayName("Art. 24: the interconnection's service account is in the province's realm only")
  void art24_interconnectionAccountInProvinceRealmOnly() {
    ClientRepresentation zone = client(template.render(PROVINCE, PRODUCTION), "zone-interconnect");
    assertEquals("interconnect-secret", zone.getSecret());
    assertTrue(zone.isServiceAccountsEnabled());
    assertFalse(zone.isStandardFlowEnabled());
    assertFalse(zone.isDirectAccessGrantsEnabled());
    assertEquals(
        "zone-public",
        zone.getProtocolMappers().get(0).getConfig().get("included.custom.audience"));
    assertTrue(
        template.render(HANGZHOU, PRODUCTION).getClients().stream()
            .noneMatch(c -> "zone-interconnect".equals(c.getClientId())));
  }

  @Test
  @DisplayName(
      "Art. 15: every realm has the usage intake's service account: client credentials only, the installation's secret, audience portal-private")
  void art15_usageIntakeAccountInEveryRealm() {
    for (Tenant tenant : List.of(PROVINCE, HANGZHOU)) {
      ClientRepresentation usage = client(template.render(tenant, PRODUCTION), "usage-intake");
      assertEquals("usage-secret", usage.getSecret());
      assertFalse(usage.isPublicClient());
      assertTrue(usage.isServiceAccountsEnabled());
      assertFalse(usage.isStandardFlowEnabled());
      assertFalse(usage.isDirectAccessGrantsEnabled());
      assertEquals("portal-private", audienceOf(usage));
      assertTrue(usage.getDefaultClientScopes().containsAll(List.of("roles", "profile")));
    }
  }

  @Test
  @DisplayName("Values are JSON-escaped into the template")
  void escapesValues() {
    ProvisioningSettings odd =
        new ProvisioningSettings(
            "http://localhost:8180", "http://a", "http://b", "se\"cr\\et", "x", "y", "z", false);
    assertEquals(
        "se\"cr\\et", client(template.render(HANGZHOU, odd), "portal-private").getSecret());
  }

  private static List<String> roleNames(RealmRepresentation realm) {
    return realm.getRoles().getRealm().stream().map(RoleRepresentation::getName).toList();
  }

  private static ClientRepresentation client(RealmRepresentation realm, String clientId) {
    return realm.getClients().stream()
        .filter(c -> clientId.equals(c.getClientId()))
        .findFirst()
        .orElseThrow();
  }

  private static UserRepresentation user(RealmRepresentation realm, String username) {
    return realm.getUsers().stream()
        .filter(u -> username.equals(u.getUsername()))
        .findFirst()
        .orElseThrow();
  }

  private static String audienceOf(ClientRepresentation client) {
    return client.getProtocolMappers().stream()
        .filter(m -> "oidc-audience-mapper".equals(m.getProtocolMapper()))
        .map(m -> m.getConfig().get("included.client.audience"))
        .findFirst()
        .orElseThrow();
  }
}
