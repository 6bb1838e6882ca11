package cn.gov.zj.cloud.privateportal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Art. 25: the signed-in portal sessions by Keycloak session ({@code sid}) and by user, so that a
 * back-channel logout ends them at once. Bounded: beyond {@link #CAPACITY} sessions the oldest
 * leaves the index (it then ends at its next token refresh, not at once).
 *
 * <p>The index lives in this JVM only: several portal instances behind a load balancer must share
 * it (or broadcast the logout), or a logout reaching one instance leaves the others' sessions
 * running until their next refresh (issue 15).
 */
@ApplicationScoped
public class SignedInSessions {

  static final int CAPACITY = 100_000;

  private static final Logger LOG = Logger.getLogger(SignedInSessions.class.getName());

  private record Entry(HttpSession session, String sidKey, String subjectKey) {}

  private final LinkedHashMap<String, Entry> bySessionId = new LinkedHashMap<>();
  private final Map<String, Set<String>> byKey = new HashMap<>();

  /** Indexes a session that has just signed in. */
  public synchronized void add(HttpSession session, BrowserLogin login) {
    String tenant = login.actor().tenant().id().value();
    forget(session.getId());
    Entry entry =
        new Entry(session, key(tenant, "sid", login.sid()), key(tenant, "sub", login.subject()));
    bySessionId.put(session.getId(), entry);
    index(entry.sidKey(), session.getId());
    index(entry.subjectKey(), session.getId());
    while (bySessionId.size() > CAPACITY) {
      forget(bySessionId.keySet().iterator().next());
    }
  }

  /** Drops a session that has ended, however it ended. */
  public synchronized void forget(String sessionId) {
    Entry entry = bySessionId.remove(sessionId);
    if (entry != null) {
      unindex(entry.sidKey(), sessionId);
      unindex(entry.subjectKey(), sessionId);
    }
  }

  /** Ends the sessions a verified logout token names; how many. */
  int end(LogoutToken logout) {
    String tenant = logout.tenant().id().value();
    List<HttpSession> ending =
        logout.sid() != null
            ? sessions(key(tenant, "sid", logout.sid()))
            : sessions(key(tenant, "sub", logout.subject()));
    for (HttpSession session : ending) {
      try {
        session.invalidate();
      } catch (IllegalStateException alreadyEnded) {
        LOG.fine("session had ended already");
      }
      forget(session.getId());
    }
    return ending.size();
  }

  synchronized int size() {
    return bySessionId.size();
  }

  private synchronized List<HttpSession> sessions(String key) {
    List<HttpSession> sessions = new ArrayList<>();
    for (String id : byKey.getOrDefault(key, Set.of())) {
      sessions.add(bySessionId.get(id).session());
    }
    return sessions;
  }

  private void index(String key, String sessionId) {
    if (key != null) {
      byKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(sessionId);
    }
  }

  private void unindex(String key, String sessionId) {
    Set<String> ids = key == null ? null : byKey.get(key);
    if (ids != null) {
      ids.remove(sessionId);
      if (ids.isEmpty()) {
        byKey.remove(key);
      }
    }
  }

  private static String key(String tenant, String kind, String value) {
    return value == null ? null : tenant + "\u0000" + kind + "\u0000" + value;
  }
}
