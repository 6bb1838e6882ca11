package cn.gov.zj.cloud.domain.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The shared message bundle: Chinese first ({@code zh_CN}), English complete too. Both portals
 * translate domain messages through it.
 */
public final class Messages {

  public static final String BUNDLE = "cn.gov.zj.cloud.domain.i18n.messages";
  public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

  private Messages() {}

  /** Chinese unless the locale asks for English. */
  public static Locale supported(Locale requested) {
    return requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH : CHINESE;
  }

  public static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(
        BUNDLE,
        supported(locale),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The formatted message; the key itself when the bundle lacks it (a test guards that). */
  public static String get(Locale locale, String key, Object... arguments) {
    try {
      String pattern = bundle(locale).getString(key);
      return arguments.length == 0
          ? pattern
          : new MessageFormat(pattern, supported(locale)).format(arguments);
    } catch (MissingResourceException e) {
      return key;
    }
  }
}
