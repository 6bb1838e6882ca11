package cn.gov.zj.cloud.domain.usage;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Art. 15: the numbers and days of a usage row as monitoring writes them, read by hand: a batch
 * holds up to 20,000 rows of five decimals and a day, and the general parsers ({@link
 * Double#parseDouble}, {@link LocalDate#parse}) cost more than the rest of the intake's checks.
 */
final class PlainText {

  /** Up to 15 digits the value is exact as a long; 10^22 is the largest exact power of ten. */
  private static final int EXACT_DIGITS = 15;

  private static final double[] POWERS = new double[EXACT_DIGITS + 1];

  static {
    POWERS[0] = 1;
    for (int i = 1; i < POWERS.length; i++) {
      POWERS[i] = POWERS[i - 1] * 10;
    }
  }

  private PlainText() {}

  /**
   * The value of digits with at most one point and an optional leading {@code +}, or -1 for any
   * other text: not the exponents, {@code NaN}, {@code Infinity}, hexadecimal, signs or type
   * suffixes that {@link Double#parseDouble} also reads. Up to 15 digits the result is the exactly
   * rounded quotient of two exact doubles, as {@code parseDouble} gives; longer ones go to it.
   */
  static double decimal(String value) {
    long digits = 0;
    int count = 0;
    int scale = -1;
    for (int i = value.startsWith("+") ? 1 : 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= '0' && c <= '9') {
        digits = count < EXACT_DIGITS ? digits * 10 + (c - '0') : digits;
        count++;
        scale = scale < 0 ? scale : scale + 1;
      } else if (c == '.' && scale < 0) {
        scale = 0;
      } else {
        return -1;
      }
    }
    if (count == 0) {
      return -1;
    }
    if (count > EXACT_DIGITS) {
      return Double.parseDouble(value);
    }
    return digits / POWERS[Math.max(scale, 0)];
  }

  /** The day of a {@code yyyy-MM-dd} text, or null (another form, or no such day). */
  static LocalDate isoDate(String value) {
    if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
      return null;
    }
    int year = digits(value, 0, 4);
    int month = digits(value, 5, 7);
    int day = digits(value, 8, 10);
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int digits(String value, int from, int to) {
    int number = 0;
    for (int i = from; i < to; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      number = number * 10 + (c - '0');
    }
    return number;
  }
}
