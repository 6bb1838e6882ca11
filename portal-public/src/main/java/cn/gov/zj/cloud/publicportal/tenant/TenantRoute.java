package cn.gov.zj.cloud.publicportal.tenant;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Art. 24: a tenant's public pages live under {@code /t/<tenant>/}; each page is one Faces view
 * under {@code /views/}. Only the shape is checked here: the segment must still name a tenant.
 *
 * @param tenant the path segment that should name a tenant
 * @param view the Faces view that renders the page
 */
public record TenantRoute(String tenant, String view) {

  private static final Pattern PATH = Pattern.compile("/t/([^/]+)(/[^/]*)?");

  /** Page (what follows the tenant segment) to view; the tenant's home is the empty page. */
  private static final Map<String, String> VIEWS = Map.of("", "/views/tenant.xhtml");

  /** The route of a context-relative path; empty when it is no tenant page. */
  public static Optional<TenantRoute> of(String path) {
    var matcher = PATH.matcher(path);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    String page = matcher.group(2) == null ? "" : matcher.group(2).substring(1);
    return Optional.ofNullable(VIEWS.get(page))
        .map(view -> new TenantRoute(matcher.group(1), view));
  }
}
