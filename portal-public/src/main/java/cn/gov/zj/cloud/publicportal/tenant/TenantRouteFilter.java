package cn.gov.zj.cloud.publicportal.tenant;

import cn.gov.zj.cloud.domain.tenant.Tenant;
import cn.gov.zj.cloud.domain.tenant.TenantDirectory;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Art. 5, Art. 24: serves {@code /t/<tenant>/} pages of known tenants through their Faces view; any
 * other tenant or page, and the views themselves when asked for directly, are 404. Mapped in
 * web.xml.
 */
public class TenantRouteFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject private TenantDirectory tenants;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Optional<TenantRoute> route = TenantRoute.of(path);
    Optional<Tenant> tenant = route.flatMap(r -> tenants.find(r.tenant()));
    if (tenant.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    request.setAttribute(Tenants.REQUEST_ATTRIBUTE, tenant.get());
    request.getRequestDispatcher(route.get().view()).forward(request, response);
  }
}
