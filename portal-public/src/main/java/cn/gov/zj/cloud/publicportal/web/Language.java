package cn.gov.zj.cloud.publicportal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The language a page is shown in: the visitor's choice (made in this request, else kept in the
 * language cookie), else the browser's preference between Chinese and English, else Chinese.
 */
@Named
@RequestScoped
public class Language {

  /** Query parameter of the language switch: {@code zh} or {@code en}. */
  static final String PARAMETER = "lang";

  /** The cookie that keeps the choice: {@code zh} or {@code en}. */
  static final String COOKIE = "zj-lang";

  /** The choice made by this very request, before its cookie comes back. */
  static final String REQUEST_ATTRIBUTE = "zj.public.language";

  private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

  /**
   * The parameters that say which service, rating, consultation, month or page is shown; a switch
   * keeps them, so that the same page comes back in the other language (after a form's postback
   * too, where they travel in hidden fields). Never a code (Art. 25: codes stay out of addresses).
   */
  private static final List<String> KEPT = List.of("service", "id", "no", "q", "page", "month");

  @Inject private HttpServletRequest request;

  public Locale getLocale() {
    if (request.getAttribute(REQUEST_ATTRIBUTE) instanceof Locale chosen) {
      return chosen;
    }
    Cookie[] cookies = request.getCookies();
    return Arrays.stream(cookies == null ? new Cookie[0] : cookies)
        .filter(cookie -> COOKIE.equals(cookie.getName()))
        .findFirst()
        .flatMap(cookie -> chosen(cookie.getValue()))
        .orElseGet(() -> negotiate(request.getHeader("Accept-Language")));
  }

  /** The BCP 47 tag for the {@code lang} attribute. */
  public String getTag() {
    return getLocale().toLanguageTag();
  }

  public boolean isEnglish() {
    return getLocale().equals(Locale.ENGLISH);
  }

  /** The relative link that shows this page in {@code lang} ({@code zh} or {@code en}). */
  public String link(String lang) {
    StringJoiner query = new StringJoiner("&", "?", "");
    for (String name : KEPT) {
      String value = request.getParameter(name);
      if (value != null) {
        query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
      }
    }
    return query.add(PARAMETER + "=" + lang).toString();
  }

  /** The locale a switch parameter asks for; empty for anything but {@code zh} and {@code en}. */
  static Optional<Locale> chosen(String parameter) {
    if ("zh".equals(parameter)) {
      return Optional.of(CHINESE);
    }
    return "en".equals(parameter) ? Optional.of(Locale.ENGLISH) : Optional.empty();
  }

  /** English when the browser ranks it above Chinese; Chinese otherwise, malformed headers too. */
  static Locale negotiate(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return CHINESE;
    }
    try {
      var ranges = Locale.LanguageRange.parse(acceptLanguage);
      return "en".equals(Locale.lookupTag(ranges, List.of("zh", "en"))) ? Locale.ENGLISH : CHINESE;
    } catch (IllegalArgumentException malformed) {
      return CHINESE;
    }
  }
}
