package cn.gov.zj.cloud.publicportal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

/**
 * Keeps the language a visitor picked ({@code ?lang=zh|en} on any page) in a first-party cookie,
 * before the page renders; plain links switch, so the switch needs no script and no form. A cookie,
 * not a session: an anonymous visit holds no state on the server (issue 10). Mapped in web.xml
 * ahead of the tenant routing, which forwards.
 */
public class LanguageSwitch extends HttpFilter {

  private static final long serialVersionUID = 1L;

  private static final int ONE_YEAR = (int) Duration.ofDays(365).toSeconds();

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Language.chosen(request.getParameter(Language.PARAMETER))
        .ifPresent(locale -> keep(request, response, locale));
    chain.doFilter(request, response);
  }

  private static void keep(
      HttpServletRequest request, HttpServletResponse response, Locale locale) {
    request.setAttribute(Language.REQUEST_ATTRIBUTE, locale);
    Cookie cookie = new Cookie(Language.COOKIE, locale.getLanguage());
    cookie.setPath(request.getContextPath() + "/");
    cookie.setMaxAge(ONE_YEAR);
    cookie.setHttpOnly(true);
    cookie.setSecure(request.isSecure());
    cookie.setAttribute("SameSite", "Lax");
    response.addCookie(cookie);
  }
}
