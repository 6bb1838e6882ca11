package cn.gov.zj.cloud.privateportal.notification;

import cn.gov.zj.cloud.domain.i18n.Messages;
import jakarta.json.Json;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.Locale;

/** Art. 8–12: a stored notification's text in one language; {@code @key} arguments translated. */
public final class NoticeText {

  private NoticeText() {}

  public static String render(Locale locale, String messageKey, String storedArguments) {
    Object[] arguments;
    try (var reader = Json.createReader(new StringReader(storedArguments))) {
      arguments =
          reader.readArray().getValuesAs(JsonString.class).stream()
              .map(JsonString::getString)
              .map(
                  value -> value.startsWith("@") ? Messages.get(locale, value.substring(1)) : value)
              .toArray();
    }
    return Messages.get(locale, messageKey, arguments);
  }

  /**
   * Art. 15, 23: the link a notification carries (a rating invitation's one-time link, a monthly
   * report's page: its last argument); null for the others.
   */
  public static String link(NotificationKind kind, String storedArguments) {
    if (!kind.carriesLink()) {
      return null;
    }
    try (var reader = Json.createReader(new StringReader(storedArguments))) {
      var values = reader.readArray().getValuesAs(JsonString.class);
      return values.isEmpty() ? null : values.get(values.size() - 1).getString();
    }
  }
}
