package cn.gov.zj.cloud.privateportal.web.guard;

import cn.gov.zj.cloud.domain.web.RefusalPage;
import cn.gov.zj.cloud.domain.web.SameOrigin;
import cn.gov.zj.cloud.privateportal.security.PortalSettings;
import cn.gov.zj.cloud.privateportal.web.LocaleSelection;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/**
 * Art. 25: cross-site forms are refused. A POST to a page of the portal (under {@code /t/}, and the
 * Faces views it forwards to) must come from the portal's own origin ({@link SameOrigin}: {@code
 * ZJ_PRIVATE_BASE_URL}'s, or the one the request reached); a forged one is answered 403 with a
 * plain page in the visitor's language, and no action runs. REST calls carry bearer tokens, not
 * cookies, and are not filtered here. Mapped in web.xml, ahead of the tenant routing and on its
 * forward.
 */
public class OriginGuard extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject private PortalSettings settings;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if ("POST".equals(request.getMethod()) && !sameOrigin(request)) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.setContentType("text/html;charset=UTF-8");
      response.setHeader("Cache-Control", "no-store");
      response
          .getWriter()
          .write(
              RefusalPage.html(
                  LocaleSelection.of(request),
                  "forged",
                  request.getContextPath(),
                  request.getContextPath() + "/"));
      return;
    }
    chain.doFilter(request, response);
  }

  private boolean sameOrigin(HttpServletRequest request) {
    Set<String> own = new HashSet<>(); // the two are the same whenever no proxy is in between
    own.add(SameOrigin.of(request.getScheme(), request.getServerName(), request.getServerPort()));
    own.add(SameOrigin.of(settings.baseUrl()));
    return SameOrigin.allows(
        request.getHeader("Origin"),
        request.getHeader("Sec-Fetch-Site"),
        request.getHeader("Referer"),
        own);
  }
}
