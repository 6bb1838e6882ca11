package cn.gov.zj.cloud.domain.web;

import cn.gov.zj.cloud.domain.i18n.Messages;
import java.util.Locale;

/**
 * Art. 25: the plain page a portal answers when it refuses a browser's post (a forged cross-site
 * post, 403; an expired or forged page state; a dependency down, 503): the portal's name, a heading
 * and a sentence in the visitor's language, a link back, no script and no stack trace. The texts
 * are {@code <key>.title} and {@code <key>.detail} of the shared bundle; the style is the file
 * {@code refusal/refusal.css} this jar serves to both portals, which needs no database.
 */
public final class RefusalPage {

  private RefusalPage() {}

  /**
   * The page for the texts under {@code key} of the portal at {@code contextPath}, linking to
   * {@code back} (already an address).
   */
  public static String html(Locale locale, String key, String contextPath, String back) {
    Locale shown = Messages.supported(locale);
    String title = escape(Messages.get(shown, key + ".title"));
    return "<!DOCTYPE html>\n<html lang=\""
        + shown.toLanguageTag()
        + "\">\n<head>\n<meta charset=\"UTF-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
        + title
        + "</title>\n<link rel=\"stylesheet\" href=\""
        + escape(contextPath)
        + "/refusal/refusal.css\">\n</head>\n<body>\n<header class=\"refusal-banner\">"
        + escape(Messages.get(shown, "refused.portal"))
        + "</header>\n<main id=\"refused\">\n<h1 id=\"refused-title\">"
        + title
        + "</h1>\n<p id=\"refused-detail\">"
        + escape(Messages.get(shown, key + ".detail"))
        + "</p>\n<p><a id=\"refused-back\" href=\""
        + escape(back)
        + "\">"
        + escape(Messages.get(shown, "refused.back"))
        + "</a></p>\n</main>\n</body>\n</html>\n";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
