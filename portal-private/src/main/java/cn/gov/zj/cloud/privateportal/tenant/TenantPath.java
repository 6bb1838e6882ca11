package cn.gov.zj.cloud.privateportal.tenant;

import java.util.Optional;

/**
 * The tenant segment of a request path: pages under {@code /t/<tenant>/…}, REST under {@code
 * /api/v1/tenants/<tenant>/…}. The segment still has to be a known tenant.
 *
 * @param rest what follows the tenant segment, starting with {@code /}, or empty
 */
public record TenantPath(Kind kind, String segment, String rest) {

  /** Browser pages or the REST API. */
  public enum Kind {
    PAGE,
    API
  }

  private static final String PAGE_PREFIX = "/t/";
  private static final String API_PREFIX = "/api/v1/tenants/";

  /** The tenant part of a context-relative path, if it has one. */
  public static Optional<TenantPath> parse(String path) {
    if (path.startsWith(PAGE_PREFIX)) {
      return split(Kind.PAGE, path.substring(PAGE_PREFIX.length()));
    }
    if (path.startsWith(API_PREFIX)) {
      return split(Kind.API, path.substring(API_PREFIX.length()));
    }
    return Optional.empty();
  }

  private static Optional<TenantPath> split(Kind kind, String tail) {
    int slash = tail.indexOf('/');
    String segment = slash < 0 ? tail : tail.substring(0, slash);
    String rest = slash < 0 ? "" : tail.substring(slash);
    return segment.isEmpty() ? Optional.empty() : Optional.of(new TenantPath(kind, segment, rest));
  }
}
