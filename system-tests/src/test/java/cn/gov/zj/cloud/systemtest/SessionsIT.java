package cn.gov.zj.cloud.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.openqa.selenium.Cookie;

/**
 * Art. 25: a portal session follows its Keycloak session (back-channel logout, refresh), anonymous
 * requests hold no server state beyond a bounded pending sign-in, and the session cookie is
 * HttpOnly and SameSite=Lax. Works in shaoxing with throw-away accounts.
 */
@ExtendWith(RunningStack.class)
class SessionsIT {

  private static final String TENANT = "shaoxing";
  private static final String HOME = "/t/" + TENANT + "/";
  private static final Pattern STATE = Pattern.compile("[?&]state=([^&]+)");

  @Test
  @DisplayName(
      "Art. 25, a session outliving its Keycloak session: after an administrator ends the"
          + " user's sessions the next page goes to sign-in")
  void endedKeycloakSessionEndsPortalSession() throws Exception {
    try (Keycloak admin = RealmPolicyIT.admin();
        Browser browser = new Browser()) {
      RealmResource realm = admin.realm(TENANT);
      String username = "sess." + RealmPolicyIT.shortId();
      String password = "Pass-" + UUID.randomUUID();
      String id = StaffUsers.create(realm, username, password, "reviewer");
      signIn(browser, username, password);
      assertEquals("(" + username + ")", browser.text("current-username"));
      Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
      assertTrue(session.isHttpOnly());
      assertEquals("Lax", session.getSameSite());

      realm.users().get(id).logout();
      browser.open(HOME);
      browser.waitForUrlContaining("/realms/" + TENANT + "/protocol/openid-connect/auth");
      browser.element("username");
      realm.users().get(id).remove();
    }
  }

  @Test
  @DisplayName(
      "Art. 25, a removed role or disabled account kept until the session times out: the next"
          + " refresh re-reads the roles, and a disabled account's session ends")
  void refreshFollowsRolesAndDisabling() throws Exception {
    try (Keycloak admin = RealmPolicyIT.admin();
        Browser browser = new Browser()) {
      RealmResource realm = admin.realm(TENANT);
      ClientResource client = RealmPolicyIT.portalPrivate(realm);
      String previous = client.toRepresentation().getAttributes().get("access.token.lifespan");
      setAccessTokenLifespan(client, "5");
      try {
        String username = "refresh." + RealmPolicyIT.shortId();
        String password = "Pass-" + UUID.randomUUID();
        String id = StaffUsers.create(realm, username, password, "reviewer");
        realm
            .users()
            .get(id)
            .roles()
            .realmLevel()
            .add(List.of(realm.roles().get("tenant-admin").toRepresentation()));
        signIn(browser, username, password);
        browser.element("nav-users");

        realm
            .users()
            .get(id)
            .roles()
            .realmLevel()
            .remove(List.of(realm.roles().get("tenant-admin").toRepresentation()));
        browser.open(HOME);
        browser.element("welcome");
        assertNull(browser.textNow("nav-users"), "the removed role took effect at the refresh");

        UserRepresentation disabled = realm.users().get(id).toRepresentation();
        disabled.setEnabled(false);
        realm.users().get(id).update(disabled);
        browser.open(HOME);
        browser.waitForUrlContaining("/realms/" + TENANT + "/protocol/openid-connect/auth");
        realm.users().get(id).remove();
      } finally {
        setAccessTokenLifespan(client, previous);
      }
    }
  }

  @Test
  @DisplayName(
      "Art. 25, sessions made by anonymous requests: the start page, its language switch and a"
          + " missing page create no session")
  void anonymousPagesCreateNoSession() throws Exception {
    for (String path : List.of("/", "/t/no-such-tenant/", "/errors/not-found.html")) {
      HttpResponse<String> answer = get(path, Optional.empty());
      assertTrue(answer.statusCode() < 500, path + " " + answer.statusCode());
      assertEquals(List.of(), sessionCookies(answer), path);
    }
    try (Browser browser = new Browser()) {
      browser.open("/");
      browser.element("lang-en").click();
      browser.waitForText("choose-tenant", "Choose your tenant");
      browser.open("/");
      browser.waitForText("choose-tenant", "Choose your tenant");
      assertNull(browser.driver().manage().getCookieNamed("JSESSIONID"));
    }
  }

  @Test
  @DisplayName(
      "Art. 25, pending sign-ins piling up in one session: ten started sign-ins keep the newest"
          + " five, each sent to the tenant's realm with PKCE (S256); the session cookie is"
          + " HttpOnly and SameSite=Lax")
  void pendingSignInsAreBounded() throws Exception {
    HttpResponse<String> first = get(HOME, Optional.empty());
    assertEquals(302, first.statusCode());
    String location = first.headers().firstValue("Location").orElseThrow();
    assertTrue(location.contains("/realms/" + TENANT + "/protocol/openid-connect/auth"), location);
    assertTrue(location.contains("code_challenge_method=S256"), location);
    List<String> cookies = sessionCookies(first);
    assertEquals(1, cookies.size(), cookies::toString);
    String setCookie = cookies.get(0).toLowerCase(Locale.ROOT);
    assertTrue(setCookie.contains("httponly"), setCookie);
    assertTrue(setCookie.contains("samesite=lax"), setCookie);
    assertFalse(setCookie.contains("secure"), "demo mode over http: " + setCookie);
    String session = cookies.get(0).split(";")[0];

    List<String> states = new ArrayList<>(List.of(stateOf(first)));
    for (int i = 1; i < 10; i++) {
      HttpResponse<String> again = get(HOME, Optional.of(session));
      assertEquals(302, again.statusCode());
      assertEquals(List.of(), sessionCookies(again), "the same session holds them");
      states.add(stateOf(again));
    }
    HttpResponse<String> oldestKept = callback(states.get(5), session);
    assertEquals(401, oldestKept.statusCode(), "a kept sign-in reaches the code exchange");
    HttpResponse<String> dropped = callback(states.get(4), session);
    assertEquals(302, dropped.statusCode(), "a dropped sign-in starts afresh");
    assertTrue(dropped.headers().firstValue("Location").orElseThrow().contains("/realms/"));
  }

  @Test
  @DisplayName(
      "Art. 25, a forged logout token: the back-channel endpoint answers 400 and ends no session")
  void forgedLogoutTokenRefused() throws Exception {
    try (Keycloak admin = RealmPolicyIT.admin();
        Browser browser = new Browser()) {
      RealmResource realm = admin.realm(TENANT);
      String username = "forge." + RealmPolicyIT.shortId();
      String password = "Pass-" + UUID.randomUUID();
      String id = StaffUsers.create(realm, username, password, "reviewer");
      signIn(browser, username, password);
      String sid = realm.users().get(id).getUserSessions().get(0).getId();
      String issuer = RunningStack.settings().keycloakUrl() + "/realms/" + TENANT;
      Map<String, Object> claims = logoutClaims(issuer, sid, id);

      KeyPair attacker = KeyPairGenerator.getInstance("RSA").generateKeyPair();
      assertEquals(400, backChannel(signed(claims, realmKeyId(), attacker)).statusCode());
      assertEquals(400, backChannel(unsigned(claims)).statusCode());
      Map<String, Object> foreign =
          logoutClaims(RunningStack.settings().keycloakUrl() + "/realms/no-such-tenant", sid, id);
      assertEquals(400, backChannel(signed(foreign, realmKeyId(), attacker)).statusCode());
      assertEquals(400, backChannel("not-a-token").statusCode());
      assertEquals(400, backChannel("").statusCode());

      browser.open(HOME);
      assertEquals("(" + username + ")", browser.text("current-username"));
      realm.users().get(id).remove();
    }
  }

  @Test
  @DisplayName(
      "Art. 25, a disabled account kept signed in: the tenant administrator disables it in the"
          + " portal, its Keycloak sessions end and the back-channel logout ends its portal session")
  void art25_disablingInThePortalEndsThePortalSession() throws Exception {
    try (Keycloak admin = RealmPolicyIT.admin();
        Browser browser = new Browser()) {
      RealmResource realm = admin.realm(TENANT);
      String username = "off." + RealmPolicyIT.shortId();
      String password = "Pass-" + UUID.randomUUID();
      String id = StaffUsers.create(realm, username, password, "reviewer");
      signIn(browser, username, password);
      assertEquals("(" + username + ")", browser.text("current-username"));

      String tenantAdmin = Api.token(TENANT, TENANT + ".tenant-admin");
      HttpResponse<String> disabled =
          Api.post(tenantAdmin, "/api/v1/tenants/" + TENANT + "/users/" + id + "/disable", "");
      assertEquals(200, disabled.statusCode(), disabled.body());
      assertFalse(realm.users().get(id).toRepresentation().isEnabled());
      assertEquals(List.of(), realm.users().get(id).getUserSessions());

      browser.open(HOME);
      browser.waitForUrlContaining("/realms/" + TENANT + "/protocol/openid-connect/auth");
      realm.users().get(id).remove();
    }
  }

  private static void signIn(Browser browser, String username, String password) {
    browser.open(HOME);
    browser.signIn(username, password);
    browser.element("welcome");
  }

  private static void setAccessTokenLifespan(ClientResource client, String seconds) {
    ClientRepresentation representation = client.toRepresentation();
    Map<String, String> attributes = new HashMap<>(representation.getAttributes());
    // Keycloak removes an attribute updated to the empty string: the realm's lifespan again.
    attributes.put("access.token.lifespan", seconds == null ? "" : seconds);
    representation.setAttributes(attributes);
    client.update(representation);
  }

  private static HttpResponse<String> get(String path, Optional<String> cookie) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(RunningStack.settings().privateBaseUrl() + path)).GET();
    cookie.ifPresent(value -> request.header("Cookie", value));
    return Api.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> callback(String state, String cookie) throws Exception {
    return get(HOME + "oidc-callback?state=" + state + "&code=forged-code", Optional.of(cookie));
  }

  /**
   * The session's own cookie ({@code JSESSIONID}); since sessions are replicated (issue 15), Payara
   * sends beside it {@code JSESSIONIDVERSION}, the session's version, which is no session.
   */
  private static List<String> sessionCookies(HttpResponse<?> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(value -> value.startsWith("JSESSIONID="))
        .toList();
  }

  private static String stateOf(HttpResponse<?> redirect) {
    Matcher state = STATE.matcher(redirect.headers().firstValue("Location").orElseThrow());
    assertTrue(state.find());
    return state.group(1);
  }

  private static Map<String, Object> logoutClaims(String issuer, String sid, String subject) {
    long now = Instant.now().getEpochSecond();
    return Map.of(
        "iss",
        issuer,
        "aud",
        "portal-private",
        "iat",
        now,
        "exp",
        now + 120,
        "jti",
        UUID.randomUUID().toString(),
        "sid",
        sid,
        "sub",
        subject,
        "events",
        Map.of("http://schemas.openid.net/event/backchannel-logout", Map.of()));
  }

  /** The key id of the realm's RS256 signing key, so that the forgery names the real key. */
  private static String realmKeyId() throws Exception {
    String certs =
        Api.HTTP
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            RunningStack.settings().keycloakUrl()
                                + "/realms/"
                                + TENANT
                                + "/protocol/openid-connect/certs"))
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    try (var reader = Json.createReader(new StringReader(certs))) {
      return reader.readObject().getJsonArray("keys").stream()
          .map(JsonObject.class::cast)
          .filter(key -> "RS256".equals(key.getString("alg", "")))
          .map(key -> key.getString("kid"))
          .findFirst()
          .orElseThrow();
    }
  }

  private static String signed(Map<String, Object> claims, String kid, KeyPair key)
      throws Exception {
    String input =
        part(Map.of("alg", "RS256", "typ", "logout+jwt", "kid", kid)) + "." + part(claims);
    Signature rsa = Signature.getInstance("SHA256withRSA");
    rsa.initSign(key.getPrivate());
    rsa.update(input.getBytes(StandardCharsets.US_ASCII));
    return input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
  }

  private static String unsigned(Map<String, Object> claims) {
    return part(Map.of("alg", "none", "typ", "logout+jwt")) + "." + part(claims) + ".";
  }

  private static String part(Map<String, Object> json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(
            Json.createObjectBuilder(json).build().toString().getBytes(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> backChannel(String token) throws Exception {
    String form = "logout_token=" + RealmPolicyIT.encode(token);
    HttpResponse<String> answer =
        Api.HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(
                        RunningStack.settings().privateBaseUrl() + "/auth/backchannel-logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertNotNull(answer.body());
    return answer;
  }
}
