package cn.gov.zj.cloud.privateportal.web.guard;

import cn.gov.zj.cloud.privateportal.web.LocaleSelection;
import cn.gov.zj.cloud.privateportal.web.Locales;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * The language of a refusal page: the one the visitor's session settled on, else the browser's
 * (Chinese unless it asks for English). Creates no session.
 */
final class VisitorLanguage {

  private VisitorLanguage() {}

  static Locale of(HttpServletRequest request) {
    if (request.getSession(false) == null) {
      return Locales.of(request);
    }
    return CDI.current()
        .select(LocaleSelection.class)
        .get()
        .settled()
        .orElseGet(() -> Locales.of(request));
  }
}
