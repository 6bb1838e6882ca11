package cn.gov.zj.cloud.privateportal.web;

import cn.gov.zj.cloud.domain.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * The language of the visitor: Chinese first, English on request. The choice is kept in a cookie,
 * not in a session, so that the language switch of a page seen without signing in creates no
 * session (Art. 25: anonymous requests hold no server state).
 */
@Named
@RequestScoped
public class LocaleSelection {

  static final String COOKIE = "zj-lang";

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
  }
}
