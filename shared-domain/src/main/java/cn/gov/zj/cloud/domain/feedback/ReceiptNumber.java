package cn.gov.zj.cloud.domain.feedback;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Art. 23: the short number a rater keeps, e.g. {@code PJ20261207-123456}: a prefix per kind, the
 * Beijing date of the rating and six random digits; unique within a tenant (the portal draws again
 * on a clash). Public, but worthless without the rating's {@link QueryCode}; the rating's UUID
 * stays internal.
 */
public record ReceiptNumber(String value) {

  /** What was rated, told by the prefix. */
  public enum Kind {
    /** 评价: a citizen's rating of a public service. */
    CITIZEN("PJ"),
    /** 单位评价: a unit's rating of a provider service event. */
    UNIT("DW"),
    /** 追评: the one follow-up after the response to a DISSATISFIED rating. */
    FOLLOW_UP("ZP");

    private final String prefix;

    Kind(String prefix) {
      this.prefix = prefix;
    }

    public String prefix() {
      return prefix;
    }
  }

  private static final Pattern FORMAT = Pattern.compile("(PJ|DW|ZP)\\d{8}-\\d{6}");
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  public ReceiptNumber {
    Objects.requireNonNull(value, "value");
    if (!FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("not a receipt number");
    }
  }

  /** A new number of that kind for a rating given on {@code day} (Beijing date). */
  public static ReceiptNumber next(Kind kind, LocalDate day, SecureRandom random) {
    return new ReceiptNumber(
        kind.prefix() + day.format(DAY) + "-" + String.format("%06d", random.nextInt(1_000_000)));
  }

  /** A number typed by someone (any case, blanks around it), or empty when it cannot be one. */
  public static Optional<ReceiptNumber> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String clean = text.strip().toUpperCase(Locale.ROOT);
    return FORMAT.matcher(clean).matches()
        ? Optional.of(new ReceiptNumber(clean))
        : Optional.empty();
  }

  public Kind kind() {
    String prefix = value.substring(0, 2);
    return Arrays.stream(Kind.values()).filter(k -> k.prefix().equals(prefix)).findFirst().get();
  }

  @Override
  public String toString() {
    return value;
  }
}
