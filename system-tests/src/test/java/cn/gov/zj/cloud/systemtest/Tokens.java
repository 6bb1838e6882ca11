package cn.gov.zj.cloud.systemtest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Demo users' access tokens, fetched once a minute per user (well within their lifetime). */
final class Tokens {

  private record Fetched(String token, long at) {}

  private static final Map<String, Fetched> CACHE = new ConcurrentHashMap<>();
  private static final long MAX_AGE_NANOS = 60_000_000_000L;

  private Tokens() {}

  /** The access token of {@code <tenant>.<role>}. */
  static String of(String tenant, String role) {
    String user = tenant + "." + role;
    Fetched fetched = CACHE.get(user);
    if (fetched == null || System.nanoTime() - fetched.at() > MAX_AGE_NANOS) {
      try {
        fetched = new Fetched(Api.token(tenant, user), System.nanoTime());
      } catch (Exception e) {
        throw new IllegalStateException("no token for " + user, e);
      }
      CACHE.put(user, fetched);
    }
    return fetched.token();
  }
}
