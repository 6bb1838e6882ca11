package cn.gov.zj.cloud.domain.assessment;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Art. 23: the period the provider is assessed for: a month ({@code 2026-11}), a quarter ({@code
 * 2026-Q4}) or a year ({@code 2026}), as days from {@link #first()} to {@link #last()} (Beijing
 * dates).
 */
public record AssessmentPeriod(Kind kind, int year, int number) {

  /** The first year assessed. */
  public static final int FIRST_YEAR = 2000;

  private static final Pattern TEXT = Pattern.compile("(\\d{4})(?:-(?:(0[1-9]|1[0-2])|Q([1-4])))?");

  /** The three lengths of a period. */
  public enum Kind {
    MONTH,
    QUARTER,
    YEAR
  }

  public AssessmentPeriod {
    int most = kind == Kind.MONTH ? 12 : kind == Kind.QUARTER ? 4 : 1;
    if (year < FIRST_YEAR || year > 9999 || number < 1 || number > most) {
      throw new IllegalArgumentException("period " + kind + " " + year + " " + number);
    }
  }

  /** Art. 23: {@code 2026-11}, {@code 2026-Q4} or {@code 2026}; empty for anything else. */
  public static Optional<AssessmentPeriod> parse(String text) {
    Matcher m = text == null ? null : TEXT.matcher(text);
    if (m == null || !m.matches() || Integer.parseInt(m.group(1)) < FIRST_YEAR) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    if (m.group(2) != null) {
      return Optional.of(new AssessmentPeriod(Kind.MONTH, year, Integer.parseInt(m.group(2))));
    }
    if (m.group(3) != null) {
      return Optional.of(new AssessmentPeriod(Kind.QUARTER, year, Integer.parseInt(m.group(3))));
    }
    return Optional.of(new AssessmentPeriod(Kind.YEAR, year, 1));
  }

  /** The first day of the period. */
  public LocalDate first() {
    return switch (kind) {
      case MONTH -> LocalDate.of(year, number, 1);
      case QUARTER -> LocalDate.of(year, 3 * number - 2, 1);
      case YEAR -> LocalDate.of(year, 1, 1);
    };
  }

  /** The last day of the period. */
  public LocalDate last() {
    return switch (kind) {
      case MONTH -> YearMonth.of(year, number).atEndOfMonth();
      case QUARTER -> YearMonth.of(year, 3 * number).atEndOfMonth();
      case YEAR -> LocalDate.of(year, 12, 31);
    };
  }

  /** Whether the period has begun on {@code today}: periods to come are not assessed. */
  public boolean begunBy(LocalDate today) {
    return !first().isAfter(today);
  }

  /** The period as parsed: {@code 2026-11}, {@code 2026-Q4}, {@code 2026}. */
  public String text() {
    return switch (kind) {
      case MONTH -> YearMonth.of(year, number).toString();
      case QUARTER -> year + "-Q" + number;
      case YEAR -> Integer.toString(year);
    };
  }
}
