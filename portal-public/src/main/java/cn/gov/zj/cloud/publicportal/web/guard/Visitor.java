package cn.gov.zj.cloud.publicportal.web.guard;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Art. 23, Art. 25: the first-party cookie that tells one visitor's browser from another's: a
 * random value set by the tenant pages, {@code HttpOnly} and {@code SameSite=Lax}. The forms'
 * tokens are bound to it (a signed double-submit cookie), and with the address it names the client
 * that rates a service once a day.
 */
public final class Visitor {

  /** The cookie's name. */
  public static final String COOKIE = "zj_visitor";

  private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9_-]{43}");
  private static final String ATTRIBUTE = Visitor.class.getName();
  private static final int YEAR = 365 * 24 * 60 * 60;
  private static final SecureRandom RANDOM = new SecureRandom();

  private Visitor() {}

  /** The visitor of {@code request}: its cookie, or the one set on this very answer; if any. */
  public static Optional<String> of(HttpServletRequest request) {
    return request.getAttribute(ATTRIBUTE) instanceof String fresh
        ? Optional.of(fresh)
        : presented(request);
  }

  /** The well-formed visitor cookie the browser sent; empty when none. */
  public static Optional<String> presented(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if (COOKIE.equals(cookie.getName()) && VALUE.matcher(cookie.getValue()).matches()) {
          return Optional.of(cookie.getValue());
        }
      }
    }
    return Optional.empty();
  }

  /** Sets a new visitor cookie on {@code response} unless the browser sent one. */
  static void ensure(HttpServletRequest request, HttpServletResponse response) {
    if (presented(request).isPresent()) {
      return;
    }
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Cookie cookie = new Cookie(COOKIE, value);
    cookie.setHttpOnly(true);
    cookie.setSecure(request.isSecure());
    cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
    cookie.setMaxAge(YEAR);
    cookie.setAttribute("SameSite", "Lax");
    response.addCookie(cookie);
    request.setAttribute(ATTRIBUTE, value);
  }
}
