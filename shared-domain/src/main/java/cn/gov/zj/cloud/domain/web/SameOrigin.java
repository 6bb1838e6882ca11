package cn.gov.zj.cloud.domain.web;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Art. 23, Art. 25: whether a browser's POST comes from the portal's own pages (cross-site request
 * forgery is refused). Browsers say where a post comes from in three ways, read in this order:
 * {@code Origin} (unless {@code null}, which a page with {@code Referrer-Policy: no-referrer} or a
 * sandboxed frame sends), {@code Sec-Fetch-Site}, then {@code Referer}. A request that carries none
 * of them comes from no browser (a browser sends at least one on every POST): it cannot carry a
 * visitor's cookies against their will, and is let through; an {@code Origin: null} with nothing
 * else is refused.
 */
public final class SameOrigin {

  private SameOrigin() {}

  /**
   * Whether a POST with these headers (each may be null) comes from one of {@code own}, the
   * portal's origins as {@code scheme://host[:port]} (see {@link #of(String)}).
   */
  public static boolean allows(String origin, String fetchSite, String referer, Set<String> own) {
    if (origin != null && !"null".equals(origin.strip())) {
      return own.contains(of(origin));
    }
    if (fetchSite != null) {
      return "same-origin".equals(fetchSite.strip());
    }
    if (referer != null) {
      return own.contains(of(referer));
    }
    return origin == null;
  }

  /**
   * The origin of an address, lower-case, without a default port: {@code
   * https://Portal.example:443/x} is {@code https://portal.example}; an empty string for an address
   * that is no absolute http(s) URL.
   */
  public static String of(String address) {
    try {
      URI uri = new URI(address.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
        return "";
      }
      int port = uri.getPort();
      boolean standard = port == -1 || port == (scheme.equals("https") ? 443 : 80);
      return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (standard ? "" : ":" + port);
    } catch (java.net.URISyntaxException e) {
      return "";
    }
  }

  /** The origin of a request as it reached the portal, e.g. {@code http://localhost:8081}. */
  public static String of(String scheme, String host, int port) {
    return of(scheme + "://" + host + ":" + port);
  }
}
