package cn.gov.zj.cloud.launcher.mail;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The reader's JSON, written by hand (the launcher has no JSON-P): {@code
 * [{"id":…,"from":…,"to":[…],"subject":…,"receivedAt":"2025-01-02T03:04:05.678Z"}]}.
 */
final class MailJson {

  private MailJson() {}

  static String array(List<ReceivedMail> messages) {
    return messages.stream().map(MailJson::object).collect(Collectors.joining(",", "[", "]"));
  }

  static String object(ReceivedMail mail) {
    return "{\"id\":"
        + string(mail.id())
        + ",\"from\":"
        + string(mail.from())
        + ",\"to\":"
        + mail.to().stream().map(MailJson::string).collect(Collectors.joining(",", "[", "]"))
        + ",\"subject\":"
        + string(mail.subject())
        + ",\"receivedAt\":"
        + string(mail.receivedAt().toString())
        + "}";
  }

  /** A JSON string (RFC 8259 7): quote, backslash and control characters escaped. */
  static String string(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return out.append('"').toString();
  }
}
