package cn.gov.zj.cloud.domain.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;

/**
 * Art. 8–12: the one way both portals show a time: {@code yyyy-MM-dd HH:mm} in Beijing time
 * (Asia/Shanghai), a date as {@code yyyy-MM-dd}; never a raw UTC instant. Nothing shows as "—".
 */
public final class BeijingTime {

  /** What a page shows for a time that is not there. */
  public static final String NONE = "—";

  private static final DateTimeFormatter MINUTES =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(OfficialCalendar.ZONE);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

  private BeijingTime() {}

  /** An instant to the minute in Beijing time, e.g. {@code 2026-12-07 12:50}. */
  public static String minutes(Instant at) {
    return at == null ? NONE : MINUTES.format(at);
  }

  /**
   * A time typed as a page shows it ({@code yyyy-MM-dd HH:mm}, Beijing time) as an instant.
   *
   * @throws java.time.format.DateTimeParseException when the text is not such a time
   */
  public static Instant parseMinutes(String text) {
    return java.time.LocalDateTime.parse(text.strip(), MINUTES)
        .atZone(OfficialCalendar.ZONE)
        .toInstant();
  }

  /** A date, e.g. {@code 2026-12-09}. */
  public static String date(LocalDate day) {
    return day == null ? NONE : DAY.format(day);
  }

  /**
   * Any time a page may hold: an instant, an offset or zoned time (moved to Beijing), a date, or an
   * {@link Optional} of one of them; anything else as its text.
   */
  public static String of(Object value) {
    Object at = value instanceof Optional<?> optional ? optional.orElse(null) : value;
    if (at == null) {
      return NONE;
    }
    if (at instanceof LocalDate day) {
      return date(day);
    }
    if (at instanceof OffsetDateTime || at instanceof ZonedDateTime || at instanceof Instant) {
      return minutes(Instant.from((TemporalAccessor) at));
    }
    return at.toString();
  }
}
