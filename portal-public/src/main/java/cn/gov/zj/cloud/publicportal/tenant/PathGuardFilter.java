package cn.gov.zj.cloud.publicportal.tenant;

import cn.gov.zj.cloud.domain.i18n.Messages;
import cn.gov.zj.cloud.domain.path.PathTrick;
import cn.gov.zj.cloud.publicportal.rest.ProblemJson;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Art. 24: a request whose raw path hides what it names ({@link PathTrick}) is refused before any
 * other filter, the routing and the zone guard see it: 400 problem+json under {@code /api/}, the
 * plain not-found page elsewhere. Mapped first in web.xml.
 */
public class PathGuardFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

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
    Locale locale = Messages.supported(request.getLocale());
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    response.setContentType(ProblemJson.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response
        .getWriter()
        .write(
            ProblemJson.body(
                locale,
                400,
                "bad-path",
                Messages.get(
                    locale,
                    "problem.bad-path.detail",
                    Messages.get(locale, "path.trick." + trick.get().name())),
                List.of()));
  }
}
