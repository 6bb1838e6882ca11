package cn.gov.zj.cloud.launcher.mail;

import java.util.Locale;
import java.util.Optional;

/**
 * The argument of {@code MAIL FROM:} or {@code RCPT TO:}: an address in angle brackets, then
 * optional parameters, of which only {@code SIZE=} matters here (RFC 1870).
 *
 * @param address without the brackets; empty for the null sender {@code <>}
 * @param declaredSize the size the client announced, 0 when it announced none
 */
record MailPath(String address, long declaredSize) {

  /** The path after {@code keyword} ({@code FROM:} or {@code TO:}); empty when malformed. */
  static Optional<MailPath> parse(String keyword, String argument) {
    if (!argument.regionMatches(true, 0, keyword, 0, keyword.length())) {
      return Optional.empty();
    }
    String rest = argument.substring(keyword.length()).stripLeading();
    int close = rest.indexOf('>');
    if (!rest.startsWith("<") || close < 0) {
      return Optional.empty();
    }
    String address = withoutSourceRoute(rest.substring(1, close).strip());
    try {
      return Optional.of(new MailPath(address, size(rest.substring(close + 1))));
    } catch (NumberFormatException badSize) {
      return Optional.empty();
    }
  }

  /** RFC 5321 4.1.1.3: {@code <@relay,@relay:user@domain>}; the route is to be ignored. */
  private static String withoutSourceRoute(String path) {
    return path.startsWith("@") ? path.substring(path.indexOf(':') + 1) : path;
  }

  private static long size(String parameters) {
    for (String parameter : parameters.strip().split("\\s+")) {
      if (parameter.toUpperCase(Locale.ROOT).startsWith("SIZE=")) {
        return Long.parseLong(parameter.substring("SIZE=".length()));
      }
    }
    return 0;
  }
}
