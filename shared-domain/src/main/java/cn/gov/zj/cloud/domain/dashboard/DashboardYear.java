package cn.gov.zj.cloud.domain.dashboard;

import cn.gov.zj.cloud.domain.validation.Violations;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Art. 4: the calendar year a dashboard shows, Beijing time: the default is the current year; a
 * year outside 2000–2100 or not a number is refused with the field {@code year} named.
 */
public record DashboardYear(int value) {

  public static final int FIRST = 2000;
  public static final int LAST = 2100;

  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  public DashboardYear {
    if (value < FIRST || value > LAST) {
      throw new IllegalArgumentException("year " + value);
    }
  }

  /** The year given as text, or the current one when none is; empty (and named) when invalid. */
  public static Optional<DashboardYear> parse(String text, Instant now, Violations violations) {
    if (text == null || text.isBlank()) {
      return Optional.of(new DashboardYear(now.atZone(BEIJING).getYear()));
    }
    String digits = text.strip();
    if (!digits.matches("[0-9]{1,9}")) {
      violations.add("year", "validation.notANumber");
      return Optional.empty();
    }
    int year = Integer.parseInt(digits);
    if (year >= FIRST && year <= LAST) {
      return Optional.of(new DashboardYear(year));
    }
    violations.add("year", "validation.outOfRange", String.valueOf(FIRST), String.valueOf(LAST));
    return Optional.empty();
  }

  /** The first instant of the year in Beijing. */
  public Instant start() {
    return ZonedDateTime.of(LocalDate.of(value, 1, 1).atStartOfDay(), BEIJING).toInstant();
  }

  /** The first instant after the year in Beijing. */
  public Instant end() {
    return ZonedDateTime.of(LocalDate.of(value + 1, 1, 1).atStartOfDay(), BEIJING).toInstant();
  }
}
