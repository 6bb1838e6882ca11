package cn.gov.zj.cloud.domain.feedback;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Art. 23: the number a consultation is tracked by, e.g. {@code ZX20261126-483920}: the day of
 * submission (Beijing date) and six random digits. Public, but worthless without its {@link
 * QueryCode}.
 */
public record TrackingNumber(String value) {

  private static final Pattern FORMAT = Pattern.compile("ZX\\d{8}-\\d{6}");
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  public TrackingNumber {
    Objects.requireNonNull(value, "value");
    if (!FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("not a tracking number: " + value);
    }
  }

  public static TrackingNumber next(LocalDate day, SecureRandom random) {
    return new TrackingNumber(
        "ZX" + day.format(DAY) + "-" + String.format("%06d", random.nextInt(1_000_000)));
  }

  /** A tracking number typed by someone, or empty when it cannot be one. */
  public static Optional<TrackingNumber> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String clean = text.strip().toUpperCase(java.util.Locale.ROOT);
    return FORMAT.matcher(clean).matches()
        ? Optional.of(new TrackingNumber(clean))
        : Optional.empty();
  }

  @Override
  public String toString() {
    return value;
  }
}
