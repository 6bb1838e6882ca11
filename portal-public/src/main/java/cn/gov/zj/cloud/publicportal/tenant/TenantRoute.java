package cn.gov.zj.cloud.publicportal.tenant;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Art. 23, Art. 24: a tenant's public pages live under {@code /t/<tenant>/}; each page is one Faces
 * view under {@code /views/}. Only the shape is checked here: the segment must still name a tenant.
 *
 * @param tenant the path segment that should name a tenant
 * @param view where the page is forwarded: its Faces view, and for a page with a path argument (the
 *     invitation's one-time link) that argument as a query parameter
 */
public record TenantRoute(String tenant, String view) {

  private static final Pattern PATH = Pattern.compile("/t/([^/]+)(?:/([^/]*)(?:/([^/]+))?)?");

  /** Page (what follows the tenant segment) to view; the tenant's home is the empty page. */
  private static final Map<String, String> VIEWS =
      Map.of(
          "", "/views/tenant.xhtml",
          "rate", "/views/rate.xhtml",
          "consult", "/views/consult.xhtml",
          "status", "/views/status.xhtml",
          "rating", "/views/rating.xhtml",
          "statistics", "/views/statistics.xhtml",
          "ranking", "/views/ranking.xhtml");

  /**
   * Pages of two segments: Art. 23, a rating invitation's one-time link {@code invitation/<token>},
   * whose view reads the token as the {@code token} parameter; a service's statistics {@code
   * statistics/<service>}, read as {@code service}.
   */
  private static final Map<String, String> ARGUMENT_VIEWS =
      Map.of(
          "invitation", "/views/invitation.xhtml?token=",
          "statistics", "/views/service-statistics.xhtml?service=");

  /** The route of a context-relative path; empty when it is no tenant page. */
  public static Optional<TenantRoute> of(String path) {
    var matcher = PATH.matcher(path);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    String page = matcher.group(2) == null ? "" : matcher.group(2);
    String argument = matcher.group(3);
    Optional<String> view =
        argument == null
            ? Optional.ofNullable(VIEWS.get(page))
            : Optional.ofNullable(ARGUMENT_VIEWS.get(page))
                .map(prefix -> prefix + URLEncoder.encode(argument, StandardCharsets.UTF_8));
    return view.map(v -> new TenantRoute(matcher.group(1), v));
  }
}
