package cn.gov.zj.cloud.domain.validation;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Text fields of every input: stripped, bounded, blank is absent; faults go to {@link Violations}.
 *
 * <p>Art. 25 (hostile input): no text is taken that a reviewer would read other than it was typed,
 * or that the database refuses: control characters (NUL, which PostgreSQL refuses, and the other C0
 * and C1 controls; tab and line breaks only in multi-line fields), bidirectional controls
 * (U+202A–U+202E, U+2066–U+2069, which show "gpj.exe" as "exe.jpg"), and text with no visible
 * character (only zero-width characters or spaces). This is the one place of that rule.
 */
public final class Texts {

  /** Message key of a text with a control character. */
  public static final String CONTROL = "validation.controlCharacter";

  /** Message key of a text with a bidirectional control. */
  public static final String BIDI = "validation.bidiControl";

  /** Message key of a text with no visible character. */
  public static final String INVISIBLE = "validation.noVisibleCharacter";

  private Texts() {}

  /**
   * The message key of what makes {@code text} unacceptable, if anything: a control character
   * ({@code multiLine} admits tab, line feed and carriage return), a bidirectional control, or no
   * visible character at all. Empty and null texts are not faulted here (absent is a separate
   * rule).
   */
  public static Optional<String> fault(String text, boolean multiLine) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    boolean visible = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (isBidiControl(c)) {
        return Optional.of(BIDI);
      }
      if (refusedControl(c, multiLine)) {
        return Optional.of(CONTROL);
      }
      visible = visible || isVisible(c);
    }
    return visible ? Optional.empty() : Optional.of(INVISIBLE);
  }

  /**
   * Whether {@code text} holds a control character (C0, DEL, C1; {@code multiLine} admits tab, line
   * feed and carriage return): the check of every text at the REST boundary, whatever its field.
   */
  public static boolean hasControl(String text, boolean multiLine) {
    return text != null && text.chars().anyMatch(c -> refusedControl(c, multiLine));
  }

  private static boolean refusedControl(int c, boolean multiLine) {
    return Character.isISOControl(c) && !(multiLine && (c == '\t' || c == '\n' || c == '\r'));
  }

  private static boolean isBidiControl(int c) {
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
  }

  private static boolean isVisible(int c) {
    if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
      return false;
    }
    int type = Character.getType(c);
    return type != Character.FORMAT
        && type != Character.UNASSIGNED
        && type != Character.NON_SPACING_MARK
        && type != Character.ENCLOSING_MARK
        && c != 0x3164
        && c != 0x115F
        && c != 0x1160
        && c != 0xFFA0;
  }

  /**
   * As {@link #required(String, String, int, Violations)} for a one-line text (a name, subject).
   */
  public static String requiredLine(String field, String text, int max, Violations violations) {
    String clean = optionalLine(field, text, max, violations);
    if (clean == null) {
      violations.addOnce(field, "validation.required");
    }
    return clean;
  }

  /** As {@link #optional(String, String, int, Violations)} for a one-line text. */
  public static String optionalLine(String field, String text, int max, Violations violations) {
    return checked(field, text, max, false, violations);
  }

  /** The stripped text, or null with a violation when blank or too long. */
  public static String required(String field, String text, int max, Violations violations) {
    return required(field, text, max, "validation.required", violations);
  }

  /**
   * The stripped text, or null with {@code requiredKey} when blank, or a violation when too long.
   */
  public static String required(
      String field, String text, int max, String requiredKey, Violations violations) {
    String clean = optional(field, text, max, violations);
    if (clean == null) {
      violations.addOnce(field, requiredKey);
    }
    return clean;
  }

  /**
   * The stripped text, null when blank; a violation when too long or unacceptable ({@link #fault},
   * line breaks and tabs admitted).
   */
  public static String optional(String field, String text, int max, Violations violations) {
    return checked(field, text, max, true, violations);
  }

  private static String checked(
      String field, String text, int max, boolean multiLine, Violations violations) {
    if (text == null || text.isBlank()) {
      return null;
    }
    Optional<String> fault = fault(text, multiLine);
    if (fault.isPresent()) {
      violations.addOnce(field, fault.get());
      return null;
    }
    String clean = text.strip();
    if (clean.length() > max) {
      violations.addOnce(field, "validation.tooLong", max);
      return null;
    }
    return clean;
  }

  /** The constant of {@code type} named by {@code text}, or null with a violation listing all. */
  public static <E extends Enum<E>> E constant(
      String field, String text, Class<E> type, Violations violations) {
    if (text == null || text.isBlank()) {
      violations.addOnce(field, "validation.required");
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text.strip())) {
        return constant;
      }
    }
    violations.addOnce(field, "validation.unknownValue", names(type));
    return null;
  }

  private static String names(Class<? extends Enum<?>> type) {
    StringBuilder names = new StringBuilder();
    for (Enum<?> constant : type.getEnumConstants()) {
      names.append(names.length() == 0 ? "" : ", ").append(constant.name());
    }
    return names.toString();
  }

  /**
   * An uploaded file's bytes as strictly UTF-8 text, a leading byte order mark dropped; empty when
   * the bytes are no UTF-8.
   */
  public static Optional<String> utf8(byte[] content) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content))
              .toString();
      return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
