package cn.gov.zj.cloud.publicportal.statistics;

import cn.gov.zj.cloud.domain.validation.Violations;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Art. 23: the period a public figure covers: one Beijing month ({@code 2026-11}) or one year
 * ({@code 2026}), from its first day to the first day after it.
 *
 * @param label as the visitor asked for it, {@code 2026-11} or {@code 2026}
 */
public record StatisticsPeriod(String label, LocalDate start, LocalDate end) {

  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  /** Years a visitor may ask for: none before the portal, none far ahead. */
  private static final int FIRST_YEAR = 2000;

  private static final int LAST_YEAR = 2100;

  public static StatisticsPeriod month(YearMonth month) {
    return new StatisticsPeriod(month.toString(), month.atDay(1), month.plusMonths(1).atDay(1));
  }

  public static StatisticsPeriod year(Year year) {
    return new StatisticsPeriod(year.toString(), year.atDay(1), year.plusYears(1).atDay(1));
  }

  /** This month in Beijing. */
  public static StatisticsPeriod thisMonth() {
    return month(YearMonth.now(BEIJING));
  }

  /**
   * Art. 25: {@code ?month=YYYY-MM} or {@code ?year=YYYY} (not both); this month without either;
   * anything else is a violation naming the parameter.
   */
  public static StatisticsPeriod of(String month, String year, Violations violations) {
    boolean hasMonth = month != null && !month.isBlank();
    boolean hasYear = year != null && !year.isBlank();
    if (hasMonth && hasYear) {
      violations.add("year", "validation.notBoth");
      return thisMonth();
    }
    if (hasYear) {
      Optional<Year> parsed = parseYear(year);
      if (parsed.isEmpty()) {
        violations.add("year", "validation.notAYear");
      }
      return parsed.map(StatisticsPeriod::year).orElseGet(StatisticsPeriod::thisMonth);
    }
    if (!hasMonth) {
      return thisMonth();
    }
    Optional<YearMonth> parsed = parseMonth(month);
    if (parsed.isEmpty()) {
      violations.add("month", "validation.notAMonth");
    }
    return parsed.map(StatisticsPeriod::month).orElseGet(StatisticsPeriod::thisMonth);
  }

  /** YYYY-MM within the years asked for; empty for anything else. */
  public static Optional<YearMonth> parseMonth(String text) {
    if (text == null || !text.strip().matches("\\d{4}-\\d{2}")) {
      return Optional.empty();
    }
    try {
      YearMonth month = YearMonth.parse(text.strip());
      return parseYear(String.valueOf(month.getYear())).map(y -> month);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** YYYY from 2000 to 2100; empty for anything else. */
  public static Optional<Year> parseYear(String text) {
    if (text == null || !text.strip().matches("\\d{4}")) {
      return Optional.empty();
    }
    int year = Integer.parseInt(text.strip());
    return year < FIRST_YEAR || year > LAST_YEAR ? Optional.empty() : Optional.of(Year.of(year));
  }

  /** Whether the period is a whole year. */
  public boolean isYear() {
    return start.plusYears(1).equals(end);
  }

  Date firstMonth() {
    return Date.valueOf(start);
  }

  Date endMonth() {
    return Date.valueOf(end);
  }

  Timestamp from() {
    return Timestamp.from(instant(start));
  }

  Timestamp until() {
    return Timestamp.from(instant(end));
  }

  private static Instant instant(LocalDate day) {
    return day.atStartOfDay(BEIJING).toInstant();
  }
}
