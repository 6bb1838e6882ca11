package cn.gov.zj.cloud.realm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.tenant.Tenant;
import cn.gov.zj.cloud.domain.tenant.TenantDirectory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.userprofile.config.UPAttribute;
import org.keycloak.representations.userprofile.config.UPAttributePermissions;
import org.keycloak.representations.userprofile.config.UPAttributeRequired;
import org.keycloak.representations.userprofile.config.UPConfig;

/** Art. 25: the realms' password policy, events, user profile and back-channel logout. */
class RealmPolicyTest {

  private static final Tenant HANGZHOU = TenantDirectory.builtIn().find("hangzhou").orElseThrow();
  private static final ProvisioningSettings DEMO =
      new ProvisioningSettings(
          "http://localhost:8180",
          "http://localhost:8080",
          "http://localhost:8081",
          "private-secret",
          "public-secret",
          "interconnect-secret",
          "usage-secret",
          true);
  private static final ProvisioningSettings PRODUCTION =
      new ProvisioningSettings(
          "https://id.example.gov.cn",
          "https://zwy.example.gov.cn/",
          "https://fw.example.gov.cn",
          "private-secret",
          "public-secret",
          "interconnect-secret",
          "usage-secret",
          false);
  private static final long SIX_MONTHS = Duration.ofDays(180).toSeconds();

  private final RealmTemplate template = RealmTemplate.standard();

  @Test
  @DisplayName(
      "Art. 25, a guessed password: production realms require 12 characters, not the username,"
          + " not a recently used one")
  void productionPasswordPolicy() {
    String policy = template.render(HANGZHOU, PRODUCTION).getPasswordPolicy();
    assertTrue(policy.contains("length(12)"), policy);
    assertEquals(
        Set.of("length", "notUsername", "passwordHistory"), RealmPolicy.types(policy), policy);
  }

  @Test
  @DisplayName("Art. 25: demo realms keep the password demo (no length term), nothing else relaxed")
  void demoPasswordPolicy() {
    String policy = template.render(HANGZHOU, DEMO).getPasswordPolicy();
    assertEquals(Set.of("notUsername", "passwordHistory"), RealmPolicy.types(policy), policy);
  }

  @Test
  @DisplayName(
      "Art. 25, an unnoticed intrusion: login and admin events are stored for at least six months")
  void eventsKept() {
    for (ProvisioningSettings settings : List.of(DEMO, PRODUCTION)) {
      RealmRepresentation realm = template.render(HANGZHOU, settings);
      assertTrue(realm.isEventsEnabled());
      assertTrue(realm.getEventsExpiration() >= SIX_MONTHS);
      assertTrue(realm.isAdminEventsEnabled());
      assertTrue(
          Long.parseLong(realm.getAttributes().get(RealmPolicy.ADMIN_EVENTS_EXPIRATION))
              >= SIX_MONTHS);
    }
  }

  @Test
  @DisplayName(
      "Art. 25, a portal session outliving Keycloak's: portal-private is registered for"
          + " back-channel logout with the session id")
  void backChannelLogoutRegistered() {
    RealmRepresentation realm = template.render(HANGZHOU, PRODUCTION);
    Map<String, String> attributes = client(realm, "portal-private").getAttributes();
    assertEquals(
        "https://zwy.example.gov.cn/auth/backchannel-logout",
        attributes.get("backchannel.logout.url"));
    assertEquals("true", attributes.get("backchannel.logout.session.required"));
    assertNull(client(realm, "portal-public").getAttributes().get("backchannel.logout.url"));
  }

  @Test
  @DisplayName(
      "Art. 5: an existing client lacking the back-channel URL gets it; its other attributes stay")
  void existingClientGetsBackChannel() {
    Map<String, String> desired =
        client(template.render(HANGZHOU, PRODUCTION), "portal-private").getAttributes();
    Map<String, String> existing = new HashMap<>(desired);
    existing.remove("backchannel.logout.url");
    existing.put("backchannel.logout.session.required", " ");
    existing.put("pkce.code.challenge.method", "plain");
    Map<String, String> missing = RealmProvisioner.missingAttributes(existing, desired);
    assertEquals(
        List.of("backchannel.logout.url", "backchannel.logout.session.required"),
        List.copyOf(missing.keySet()));
    assertEquals(
        "https://zwy.example.gov.cn/auth/backchannel-logout",
        missing.get("backchannel.logout.url"));
    existing.putAll(missing);
    assertTrue(RealmProvisioner.missingAttributes(existing, desired).isEmpty());
    assertTrue(RealmProvisioner.missingAttributes(null, desired).size() == desired.size());
  }

  @Test
  @DisplayName(
      "Art. 5, Art. 25: an existing realm without policy or events gets them, and only once")
  void existingRealmGetsPolicyAndEvents() {
    RealmRepresentation desired = template.render(HANGZHOU, PRODUCTION);
    RealmRepresentation bare = new RealmRepresentation();
    bare.setEventsEnabled(false);
    bare.setAdminEventsEnabled(false);
    List<String> added = new ArrayList<>();
    RealmRepresentation update = RealmPolicy.missing(bare, desired, added).orElseThrow();
    assertEquals(desired.getPasswordPolicy(), update.getPasswordPolicy());
    assertTrue(update.isEventsEnabled());
    assertTrue(update.isAdminEventsEnabled());
    assertEquals(desired.getEventsExpiration(), update.getEventsExpiration());
    assertEquals(
        desired.getAttributes().get(RealmPolicy.ADMIN_EVENTS_EXPIRATION),
        update.getAttributes().get(RealmPolicy.ADMIN_EVENTS_EXPIRATION));
    assertEquals(5, added.size(), added::toString);

    RealmRepresentation provisioned = desired;
    List<String> again = new ArrayList<>();
    assertEquals(Optional.empty(), RealmPolicy.missing(provisioned, desired, again));
    assertTrue(again.isEmpty());
  }

  @Test
  @DisplayName("Art. 5: an existing policy keeps its own terms; only missing types are appended")
  void existingPolicyTermsKept() {
    assertEquals(
        "length(8) and digits(1) and notUsername and passwordHistory(5)",
        RealmPolicy.withMissingTerms(
            "length(8) and digits(1)", RealmPolicy.PRODUCTION_PASSWORD_POLICY));
    String normalised = "length(14) and notUsername(undefined) and passwordHistory(3)";
    assertEquals(
        normalised,
        RealmPolicy.withMissingTerms(normalised, RealmPolicy.PRODUCTION_PASSWORD_POLICY));
    RealmRepresentation existing = new RealmRepresentation();
    existing.setPasswordPolicy(normalised);
    existing.setEventsEnabled(true);
    existing.setEventsExpiration(SIX_MONTHS);
    existing.setAdminEventsEnabled(true);
    existing.setAttributes(Map.of(RealmPolicy.ADMIN_EVENTS_EXPIRATION, "86400"));
    assertEquals(
        Optional.empty(),
        RealmPolicy.missing(existing, template.render(HANGZHOU, PRODUCTION), new ArrayList<>()));
  }

  @Test
  @DisplayName(
      "Art. 25, a user renaming themselves 局长: first and last name are editable by admins only")
  void namesAdminOnly() {
    UPConfig config = new UPConfig();
    for (String name : List.of("firstName", "lastName")) {
      UPAttribute attribute =
          new UPAttribute(
              name, new UPAttributePermissions(Set.of("admin", "user"), Set.of("admin", "user")));
      attribute.setRequired(new UPAttributeRequired(Set.of("admin", "user"), Set.of()));
      config.addOrReplaceAttribute(attribute);
    }
    UPAttribute unit =
        new UPAttribute("unit", new UPAttributePermissions(Set.of("admin", "user"), Set.of()));
    config.addOrReplaceAttribute(unit);

    assertEquals(2, NameAttributes.restrict(config).size());
    for (String name : List.of("firstName", "lastName")) {
      assertEquals(Set.of("admin"), config.getAttribute(name).getPermissions().getEdit());
      assertEquals(Set.of("admin", "user"), config.getAttribute(name).getPermissions().getView());
      assertEquals(Set.of("admin"), config.getAttribute(name).getRequired().getRoles());
    }
    assertEquals(Set.of(), config.getAttribute("unit").getPermissions().getEdit());
    assertTrue(NameAttributes.restrict(config).isEmpty(), "a second run changes nothing");
    assertFalse(config.getAttribute("firstName").getPermissions().getEdit().contains("user"));
  }

  private static ClientRepresentation client(RealmRepresentation realm, String clientId) {
    return realm.getClients().stream()
        .filter(c -> clientId.equals(c.getClientId()))
        .findFirst()
        .orElseThrow();
  }
}
