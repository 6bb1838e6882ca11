package cn.gov.zj.cloud.privateportal.tenant;

import cn.gov.zj.cloud.privateportal.rest.Problem;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Art. 5: a path naming no known tenant is a 404 (a page for browsers, problem+json for REST); for
 * a known one the tenant is left on the request. The Faces views under {@code /views/} are not
 * reachable directly.
 */
@WebFilter(urlPatterns = {"/t/*", "/api/v1/tenants/*", "/views/*"})
public class TenantPathFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  public static final String TENANT_ATTRIBUTE = "zj.tenant";

  @Inject private Tenants tenants;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/views/")) {
      response.sendError(404);
      return;
    }
    Optional<TenantPath> tenantPath = TenantPath.parse(path);
    if (tenantPath.isEmpty() || tenants.find(tenantPath.get().segment()).isEmpty()) {
      notFound(request, response, tenantPath.map(TenantPath::kind).orElse(TenantPath.Kind.PAGE));
      return;
    }
    request.setAttribute(TENANT_ATTRIBUTE, tenants.find(tenantPath.get().segment()).get());
    if (tenantPath.get().kind() == TenantPath.Kind.API) {
      chain.doFilter(request, response);
      return;
    }
    request
        .getRequestDispatcher(TenantViews.viewOf(tenantPath.get().rest()))
        .forward(request, response);
  }

  private static void notFound(
      HttpServletRequest request, HttpServletResponse response, TenantPath.Kind kind)
      throws IOException {
    if (kind == TenantPath.Kind.PAGE) {
      response.sendError(404);
      return;
    }
    var locale = cn.gov.zj.cloud.privateportal.web.Locales.of(request);
    response.setStatus(404);
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response
        .getWriter()
        .write(
            Problem.of("not-found", 404, null).toJson(locale, request.getRequestURI()).toString());
  }
}
