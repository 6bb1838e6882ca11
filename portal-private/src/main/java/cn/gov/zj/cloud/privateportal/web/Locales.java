package cn.gov.zj.cloud.privateportal.web;

import cn.gov.zj.cloud.domain.i18n.Messages;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/** The language of a request: Chinese unless the browser or client asks for English. */
public final class Locales {

  private Locales() {}

  public static Locale of(HttpServletRequest request) {
    return request.getHeader("Accept-Language") == null
        ? Messages.CHINESE
        : Messages.supported(request.getLocale());
  }
}
