package cn.gov.zj.cloud.domain.fault;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * Art. 13: the office hours in which working time runs on a working day, a setting ({@code
 * ZJ_OFFICE_HOURS}, e.g. {@code 08:30-17:30}, the default), in Beijing time.
 */
public record OfficeHours(LocalTime opens, LocalTime closes) {

  public static final OfficeHours DEFAULT =
      new OfficeHours(LocalTime.of(8, 30), LocalTime.of(17, 30));

  public OfficeHours {
    Objects.requireNonNull(opens, "opens");
    Objects.requireNonNull(closes, "closes");
    if (!closes.isAfter(opens)) {
      throw new IllegalArgumentException("office hours close after they open");
    }
  }

  /** {@code HH:mm-HH:mm}; empty for anything else (the setting's caller names the fault). */
  public static Optional<OfficeHours> parse(String text) {
    String[] parts = text == null ? new String[0] : text.strip().split("-");
    if (parts.length != 2) {
      return Optional.empty();
    }
    try {
      LocalTime opens = LocalTime.parse(parts[0].strip());
      LocalTime closes = LocalTime.parse(parts[1].strip());
      return closes.isAfter(opens) ? Optional.of(new OfficeHours(opens, closes)) : Optional.empty();
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** The working time of one working day: what a target of one working day counts. */
  public Duration length() {
    return Duration.between(opens, closes);
  }

  @Override
  public String toString() {
    return opens + "-" + closes;
  }
}
