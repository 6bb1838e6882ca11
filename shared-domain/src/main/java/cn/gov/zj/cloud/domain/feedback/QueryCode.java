package cn.gov.zj.cloud.domain.feedback;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Art. 23: the secret that, with the tracking number, lets the submitter read the status and the
 * reply: eight characters without look-alikes (no 0/O, 1/I/L). Compared in constant time.
 */
public record QueryCode(String value) {

  static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
  public static final int LENGTH = 8;
  private static final Pattern FORMAT = Pattern.compile("[" + ALPHABET + "]{" + LENGTH + "}");

  public QueryCode {
    Objects.requireNonNull(value, "value");
    if (!FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("not a query code");
    }
  }

  public static QueryCode next(SecureRandom random) {
    StringBuilder code = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return new QueryCode(code.toString());
  }

  /** Whether {@code typed} (any case, surrounding blanks ignored) is this code. */
  public boolean matches(String typed) {
    if (typed == null) {
      return false;
    }
    byte[] given = typed.strip().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8), given);
  }

  @Override
  public String toString() {
    return "QueryCode[****]";
  }
}
