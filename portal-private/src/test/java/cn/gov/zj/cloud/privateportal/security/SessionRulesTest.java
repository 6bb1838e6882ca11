package cn.gov.zj.cloud.privateportal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.tenant.Tenant;
import cn.gov.zj.cloud.domain.tenant.TenantDirectory;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Art. 25: the rules of a portal session, without a container. */
class SessionRulesTest {

  private static final TenantDirectory TENANTS = TenantDirectory.builtIn();
  private static final Tenant HANGZHOU = TENANTS.find("hangzhou").orElseThrow();
  private static final Tenant NINGBO = TENANTS.find("ningbo").orElseThrow();
  private static final Instant SIGNED_IN = Instant.parse("2026-03-02T01:00:00Z");

  @Test
  @DisplayName("Art. 25, pending sign-ins piling up: a session keeps the newest five only")
  void pendingSignInsBounded() {
    PendingLogins pendings = new PendingLogins();
    for (int i = 0; i < 12; i++) {
      pendings.add(new PendingLogin("hangzhou", "state-" + i, "n", "v", "/t/hangzhou/"));
    }
    assertEquals(PendingLogins.BOUND, pendings.size());
    assertTrue(pendings.take("state-6").isEmpty(), "the oldest were dropped");
    assertEquals("state-7", pendings.take("state-7").orElseThrow().state());
    assertTrue(pendings.take("state-7").isEmpty(), "a callback finishes a sign-in once only");
  }

  @Test
  @DisplayName(
      "Issue 15, cluster mode: what a session holds (the sign-in, the pending sign-ins) survives"
          + " Java serialization, as the data grid stores it")
  void sessionAttributesSerialize() throws Exception {
    BrowserLogin login = login(HANGZHOU, "sid-1", "user-1", SIGNED_IN.plusSeconds(300));
    PendingLogins pendings = new PendingLogins();
    pendings.add(new PendingLogin("hangzhou", "state-1", "n", "v", "/t/hangzhou/"));
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(login);
      out.writeObject(pendings);
    }
    try (java.io.ObjectInputStream in =
        new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      assertEquals(login, in.readObject());
      PendingLogins back = (PendingLogins) in.readObject();
      assertEquals("state-1", back.take("state-1").orElseThrow().state());
    }
  }

  @Test
  @DisplayName(
      "Art. 25: the access token is refreshed within 10 s of its expiry; a session lasts 8 h at"
          + " most")
  void refreshAndLifetime() {
    BrowserLogin login = login(HANGZHOU, "sid-1", "user-1", SIGNED_IN.plusSeconds(300));
    assertFalse(login.refreshDue(SIGNED_IN.plusSeconds(289)));
    assertTrue(login.refreshDue(SIGNED_IN.plusSeconds(290)));
    Duration eightHours = Duration.ofHours(8);
    assertFalse(login.outlived(SIGNED_IN.plus(eightHours).minusSeconds(1), eightHours));
    assertTrue(login.outlived(SIGNED_IN.plus(eightHours), eightHours));
  }

  @Test
  @DisplayName(
      "Art. 25, a session outliving its Keycloak session: a logout ends the sessions of that sid"
          + " (or that user) in that tenant only")
  void logoutEndsMatchingSessions() {
    SignedInSessions index = new SignedInSessions();
    Set<String> ended = new HashSet<>();
    index.add(session("a", ended), login(HANGZHOU, "sid-1", "user-1", SIGNED_IN));
    index.add(session("b", ended), login(HANGZHOU, "sid-1", "user-1", SIGNED_IN));
    index.add(session("c", ended), login(HANGZHOU, "sid-2", "user-1", SIGNED_IN));
    index.add(session("d", ended), login(NINGBO, "sid-1", "user-1", SIGNED_IN));

    assertEquals(2, index.end(new LogoutToken(HANGZHOU, "sid-1", null)));
    assertEquals(Set.of("a", "b"), ended);
    assertEquals(0, index.end(new LogoutToken(HANGZHOU, "sid-1", "user-1")), "ended already");
    assertEquals(1, index.end(new LogoutToken(HANGZHOU, null, "user-1")));
    assertEquals(Set.of("a", "b", "c"), ended);
    assertEquals(1, index.size(), "ningbo's session is another tenant's");
  }

  @Test
  @DisplayName("Art. 25: the index of signed-in sessions is bounded; the oldest leaves it")
  void indexBounded() {
    SignedInSessions index = new SignedInSessions();
    Set<String> ended = new HashSet<>();
    IntStream.rangeClosed(0, SignedInSessions.CAPACITY)
        .forEach(
            i ->
                index.add(
                    session("s" + i, ended), login(HANGZHOU, "sid-" + i, "user-" + i, SIGNED_IN)));
    assertEquals(SignedInSessions.CAPACITY, index.size());
    assertEquals(0, index.end(new LogoutToken(HANGZHOU, "sid-0", null)));
    assertEquals(1, index.end(new LogoutToken(HANGZHOU, "sid-1", null)));
  }

  private static BrowserLogin login(Tenant tenant, String sid, String subject, Instant expiry) {
    Actor actor = new Actor(tenant, "wang", "王小明", Set.of(Role.REVIEWER), null);
    return new BrowserLogin(actor, "id-token", "refresh-token", expiry, SIGNED_IN, sid, subject);
  }

  /** A session that records its id in {@code ended} when invalidated. */
  private static HttpSession session(String id, Set<String> ended) {
    return (HttpSession)
        Proxy.newProxyInstance(
            HttpSession.class.getClassLoader(),
            new Class<?>[] {HttpSession.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getId" -> id;
                  case "invalidate" -> {
                    ended.add(id);
                    yield null;
                  }
                  case "hashCode" -> id.hashCode();
                  case "equals" -> proxy == args[0];
                  default -> null;
                });
  }
}
