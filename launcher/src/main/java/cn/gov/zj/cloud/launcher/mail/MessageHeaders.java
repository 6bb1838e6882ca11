package cn.gov.zj.cloud.launcher.mail;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Optional;
import java.util.regex.Pattern;

/** Reads a header of a raw RFC 5322 message, which the sink stores with CRLF line ends. */
final class MessageHeaders {

  /** A line break followed by white space continues the header line before (RFC 5322 2.2.3). */
  private static final Pattern FOLD = Pattern.compile("\r\n(?=[ \t])");

  private MessageHeaders() {}

  /** The decoded {@code Subject}, or an empty string when the message has none. */
  static String subject(byte[] message) {
    return header(message, "Subject").map(EncodedWords::decode).orElse("");
  }

  /**
   * The first header called {@code name}, unfolded, without leading white space. The header section
   * is read as UTF-8 (RFC 6532 allows it raw, SMTPUTF8); ASCII is a subset of it.
   */
  static Optional<String> header(byte[] message, String name) {
    String section = new String(message, 0, headerLength(message), UTF_8);
    String prefix = name + ":";
    for (String line : FOLD.matcher(section).replaceAll("").split("\r\n")) {
      if (line.regionMatches(true, 0, prefix, 0, prefix.length())) {
        return Optional.of(line.substring(prefix.length()).strip());
      }
    }
    return Optional.empty();
  }

  /** Up to the empty line that ends the header section, or the whole message without one. */
  private static int headerLength(byte[] message) {
    for (int i = 0; i + 3 < message.length; i++) {
      if (message[i] == '\r'
          && message[i + 1] == '\n'
          && message[i + 2] == '\r'
          && message[i + 3] == '\n') {
        return i;
      }
    }
    return message.length;
  }
}
