package cn.gov.zj.cloud.publicportal.web.guard;

import cn.gov.zj.cloud.domain.web.RefusalPage;
import cn.gov.zj.cloud.domain.web.SameOrigin;
import cn.gov.zj.cloud.publicportal.web.Language;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Art. 25: cross-site forms are refused. Every tenant page gives the browser its {@link Visitor}
 * cookie; every POST under {@code /t/} must come from the portal's own origin ({@link SameOrigin}:
 * {@code ZJ_PUBLIC_BASE_URL}'s, or the one the request reached) and carry its form's valid {@link
 * FormTokens token}. A forged post is answered 403 with a plain page in the visitor's language;
 * nothing of it reaches a form. Mapped in web.xml before the tenant routing, which forwards.
 */
public class FormGuard extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject private FormTokens tokens;
  @Inject private Language language;

  @Inject
  @ConfigProperty(name = "ZJ_PUBLIC_BASE_URL", defaultValue = " ")
  String baseUrl;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if ("POST".equals(request.getMethod()) && !(sameOrigin(request) && tokened(request))) {
      refuse(request, response);
      return;
    }
    Visitor.ensure(request, response);
    chain.doFilter(request, response);
  }

  private boolean sameOrigin(HttpServletRequest request) {
    Set<String> own = new HashSet<>();
    own.add(SameOrigin.of(request.getScheme(), request.getServerName(), request.getServerPort()));
    if (!baseUrl.isBlank()) {
      own.add(SameOrigin.of(baseUrl));
    }
    return SameOrigin.allows(
        request.getHeader("Origin"),
        request.getHeader("Sec-Fetch-Site"),
        request.getHeader("Referer"),
        own);
  }

  private boolean tokened(HttpServletRequest request) {
    return tokens.valid(request, request.getParameter(FormTokens.FIELD));
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response
        .getWriter()
        .write(
            RefusalPage.html(
                language.getLocale(),
                "forged",
                request.getContextPath(),
                request.getContextPath() + "/"));
  }
}
