package cn.gov.zj.cloud.privateportal.web;

import cn.gov.zj.cloud.domain.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * The language of the visitor: Chinese first, English on request. The choice is kept in a cookie,
 * not in a session, so that the language switch of a page seen without signing in creates no
 * session (Art. 25: anonymous requests hold no server state). Switching comes back to the address
 * the page was opened with, query included, so that {@code ?id=} survives.
 */
@Named
@RequestScoped
public class LocaleSelection {

  static final String COOKIE = "zj-lang";

  /** The form field carrying the address the language switch returns to. */
  static final String HERE = "here";

  private static final int ONE_YEAR = (int) Duration.ofDays(365).toSeconds();

  private Locale locale;

  public Locale getLocale() {
    if (locale == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      Object request = faces == null ? null : faces.getExternalContext().getRequest();
      locale = request instanceof HttpServletRequest http ? of(http) : Messages.CHINESE;
    }
    return locale;
  }

  public String getLanguage() {
    return getLocale().getLanguage();
  }

  /**
   * The address of the page as the browser asked for it, query included ({@code
   * /t/huzhou/application?id=7}), for the language switch to come back to.
   */
  public String getHere() {
    FacesContext faces = FacesContext.getCurrentInstance();
    HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
    Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
    String path = forwarded instanceof String uri ? uri : request.getRequestURI();
    Object query =
        forwarded instanceof String
            ? request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING)
            : request.getQueryString();
    return query == null ? path : path + "?" + query;
  }

  /**
   * Where the switch goes back to: the posted address when it is a path of this portal, else the
   * portal's start (never another site: no scheme, no {@code //}, no backslash, no line break).
   */
  static String back(String here, String contextPath) {
    String root = contextPath + "/";
    if (here == null
        || here.length() > 2000
        || !here.startsWith(root)
        || here.startsWith("//")
        || here.chars().anyMatch(c -> c == '\\' || c < 0x20)) {
      return root;
    }
    return here;
  }

  public void chinese() {
    choose(Messages.CHINESE);
  }

  public void english() {
    choose(Locale.ENGLISH);
  }

  /** The visitor's choice from the cookie, else the browser's; reads no session, creates none. */
  public static Locale of(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    return Arrays.stream(cookies == null ? new Cookie[0] : cookies)
        .filter(cookie -> COOKIE.equals(cookie.getName()))
        .map(cookie -> "en".equals(cookie.getValue()) ? Locale.ENGLISH : Messages.CHINESE)
        .findFirst()
        .orElseGet(() -> Locales.of(request));
  }

  private void choose(Locale chosen) {
    locale = chosen;
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getViewRoot().setLocale(chosen);
    ExternalContext external = faces.getExternalContext();
    external.addResponseCookie(
        COOKIE,
        chosen.getLanguage(),
        Map.of(
            "path",
            external.getRequestContextPath() + "/",
            "maxAge",
            ONE_YEAR,
            "httpOnly",
            true,
            "SameSite",
            "Lax"));
    try {
      external.redirect(
          back(external.getRequestParameterMap().get(HERE), external.getRequestContextPath()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
