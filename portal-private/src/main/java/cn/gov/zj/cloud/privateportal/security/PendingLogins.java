package cn.gov.zj.cloud.privateportal.security;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The sign-ins a browser session has started and not finished, by state: at most {@link #BOUND}
 * (several tabs may start one each); a further one drops the oldest, so that starting sign-ins over
 * and over cannot fill the session.
 */
final class PendingLogins implements Serializable {

  static final String ATTRIBUTE = PendingLogins.class.getName();
  static final int BOUND = 5;

  private static final long serialVersionUID = 1L;

  private final LinkedHashMap<String, PendingLogin> byState = new LinkedHashMap<>();

  synchronized void add(PendingLogin pending) {
    byState.put(pending.state(), pending);
    while (byState.size() > BOUND) {
      Map.Entry<String, PendingLogin> oldest = byState.entrySet().iterator().next();
      byState.remove(oldest.getKey());
    }
  }

  /** The sign-in started with that state, which the callback may finish once only. */
  synchronized Optional<PendingLogin> take(String state) {
    return Optional.ofNullable(byState.remove(state));
  }

  synchronized int size() {
    return byState.size();
  }
}
