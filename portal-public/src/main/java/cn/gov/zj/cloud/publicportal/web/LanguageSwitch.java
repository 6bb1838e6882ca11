package cn.gov.zj.cloud.publicportal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Keeps the language a visitor picked ({@code ?lang=zh|en} on any page) in the session, before the
 * page renders; plain links switch, so the switch needs no script and no form. Mapped in web.xml
 * ahead of the tenant routing, which forwards.
 */
public class LanguageSwitch extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Language.chosen(request.getParameter(Language.PARAMETER))
        .ifPresent(locale -> request.getSession().setAttribute(Language.SESSION_ATTRIBUTE, locale));
    chain.doFilter(request, response);
  }
}
