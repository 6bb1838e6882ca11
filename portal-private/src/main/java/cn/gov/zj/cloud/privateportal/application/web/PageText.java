package cn.gov.zj.cloud.privateportal.application.web;

import cn.gov.zj.cloud.domain.i18n.Messages;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Art. 6: the texts of one language for what is stored as codes (history entries, plans): page
 * texts from the UI bundle, states, actions and steps from the shared domain bundle.
 */
public record PageText(Locale locale) {

  private static final String UI = "cn.gov.zj.cloud.privateportal.web.ui";

  public PageText {
    locale = Messages.supported(locale);
  }

  /** The texts of the view being rendered (Chinese outside a view). */
  static PageText ofView() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return new PageText(
        faces == null || faces.getViewRoot() == null ? null : faces.getViewRoot().getLocale());
  }

  /** A page text of the UI bundle with its arguments. */
  public String ui(String key, Object... arguments) {
    String pattern = ResourceBundle.getBundle(UI, locale).getString(key);
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
  }

  /** A text of the shared domain bundle with its arguments. */
  public String domain(String key, Object... arguments) {
    return Messages.get(locale, key, arguments);
  }
}
