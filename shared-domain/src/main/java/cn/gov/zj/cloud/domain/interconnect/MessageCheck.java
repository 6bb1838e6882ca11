package cn.gov.zj.cloud.domain.interconnect;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Art. 24: reads a message as it arrived and accepts it only if it is exactly one of the
 * whitelisted kinds, in the expected direction, for a known tenant, within its sizes, and signed by
 * the other zone: anything altered in transit or at rest fails the signature.
 */
public final class MessageCheck {

  /** No message is longer than this (UTF-8 bytes of its text). */
  public static final int MAX_BYTES = 64 * 1024;

  private static final List<String> HEADER =
      List.of("id", "type", "version", "tenant", "createdAt");

  private MessageCheck() {}

  public static Message read(
      String text, Direction expected, Predicate<String> knownTenant, ZoneKey sender) {
    if (text == null || text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw new MessageRefused(Refusal.TOO_LARGE, "over " + MAX_BYTES + " bytes");
    }
    int cut = text.lastIndexOf("signature=");
    if (cut < 0 || !text.endsWith("\n") || (cut > 0 && text.charAt(cut - 1) != '\n')) {
      throw new MessageRefused(Refusal.MALFORMED, "no signature line");
    }
    String signed = text.substring(0, cut);
    String[] lines = signed.split("\n", -1);
    Map<String, String> header = header(lines);
    MessageType type =
        MessageType.named(header.get("type"))
            .orElseThrow(() -> new MessageRefused(Refusal.UNKNOWN_TYPE, header.get("type")));
    if (type.direction() != expected) {
      throw new MessageRefused(Refusal.WRONG_DIRECTION, type.name());
    }
    if (!Integer.toString(type.version()).equals(header.get("version"))) {
      throw new MessageRefused(Refusal.UNSUPPORTED_VERSION, header.get("version"));
    }
    if (!knownTenant.test(header.get("tenant"))) {
      throw new MessageRefused(Refusal.UNKNOWN_TENANT, header.get("tenant"));
    }
    String signature = text.substring(cut + "signature=".length(), text.length() - 1);
    if (!sender.verifies(signed, signature)) {
      throw new MessageRefused(Refusal.BAD_SIGNATURE, header.get("id"));
    }
    Message message = message(type, header, fields(lines), signature);
    if (!message.signedText().equals(signed)) {
      throw new MessageRefused(Refusal.MALFORMED, "not in canonical form");
    }
    fields(type, message.fields());
    return message;
  }

  /** The id a text claims in its first line, for logging a refused message; nothing is checked. */
  public static Optional<UUID> claimedId(String text) {
    if (text == null || !text.startsWith("id=")) {
      return Optional.empty();
    }
    int end = text.indexOf('\n');
    try {
      return Optional.of(UUID.fromString(text.substring(3, end < 0 ? text.length() : end)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Art. 24: the fields of {@code type}: all known, the required ones present, none too long. */
  static void fields(MessageType type, Map<String, String> fields) {
    fields.forEach(
        (name, value) -> {
          Field field =
              type.field(name).orElseThrow(() -> new MessageRefused(Refusal.UNKNOWN_FIELD, name));
          if (value == null || value.codePointCount(0, value.length()) > field.maxLength()) {
            throw new MessageRefused(Refusal.FIELD_TOO_LONG, name);
          }
        });
    type.fields().stream()
        .filter(field -> !field.optional() && !fields.containsKey(field.name()))
        .findFirst()
        .ifPresent(
            field -> {
              throw new MessageRefused(Refusal.MISSING_FIELD, field.name());
            });
  }

  private static Map<String, String> header(String[] lines) {
    if (lines.length < HEADER.size() + 1 || !lines[lines.length - 1].isEmpty()) {
      throw new MessageRefused(Refusal.MALFORMED, "too few lines");
    }
    Map<String, String> header = new TreeMap<>();
    for (int i = 0; i < HEADER.size(); i++) {
      String prefix = HEADER.get(i) + "=";
      if (!lines[i].startsWith(prefix)) {
        throw new MessageRefused(Refusal.MALFORMED, "expected " + HEADER.get(i));
      }
      header.put(HEADER.get(i), lines[i].substring(prefix.length()));
    }
    return header;
  }

  private static SortedMap<String, String> fields(String[] lines) {
    SortedMap<String, String> fields = new TreeMap<>();
    for (int i = HEADER.size(); i < lines.length - 1; i++) {
      int equals = lines[i].indexOf('=');
      if (!lines[i].startsWith("f.") || equals < 3) {
        throw new MessageRefused(Refusal.MALFORMED, "line " + (i + 1));
      }
      try {
        fields.put(
            lines[i].substring(2, equals),
            URLDecoder.decode(lines[i].substring(equals + 1), StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        throw new MessageRefused(Refusal.MALFORMED, "line " + (i + 1));
      }
    }
    return fields;
  }

  private static Message message(
      MessageType type, Map<String, String> header, SortedMap<String, String> fields, String sig) {
    try {
      return new Message(
          UUID.fromString(header.get("id")),
          type,
          type.version(),
          header.get("tenant"),
          Instant.parse(header.get("createdAt")),
          fields,
          sig);
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new MessageRefused(Refusal.MALFORMED, "id or createdAt");
    }
  }
}
