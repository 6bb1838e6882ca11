package cn.gov.zj.cloud.privateportal.tenant;

import cn.gov.zj.cloud.domain.i18n.Messages;
import cn.gov.zj.cloud.domain.path.PathTrick;
import cn.gov.zj.cloud.privateportal.rest.Problem;
import cn.gov.zj.cloud.privateportal.web.Locales;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Art. 5, Art. 24: a request whose raw path hides what it names ({@link PathTrick}) is refused
 * before the tenant is read from the path and before routing: 400 problem+json under {@code /api/},
 * the plain not-found page elsewhere. The authentication mechanism leaves such a request alone
 * ({@link #refuses}), so no realm is chosen for it. Mapped first in web.xml.
 */
public class PathGuardFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** True when the request's raw path carries a trick and this filter will refuse it. */
  public static boolean refuses(HttpServletRequest request) {
    return PathTrick.in(request.getRequestURI()).isPresent();
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Optional<PathTrick> trick = PathTrick.in(request.getRequestURI());
    if (trick.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!path.startsWith("/api/")) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Locale locale = Locales.of(request);
    String detail =
        Messages.get(
            locale,
            "problem.bad-path.detail",
            Messages.get(locale, "path.trick." + trick.get().name()));
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(Problem.of("bad-path", 400, detail).toJson(locale, null).toString());
  }
}
