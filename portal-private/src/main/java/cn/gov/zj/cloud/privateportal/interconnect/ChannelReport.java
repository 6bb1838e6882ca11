package cn.gov.zj.cloud.privateportal.interconnect;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Art. 24: the interconnection as {@code province-admin} sees it. Lag is the age of the oldest
 * message still waiting on either side.
 */
public record ChannelReport(
    Optional<Instant> lastAttempt,
    Optional<Instant> lastSuccess,
    Optional<Instant> lastFailure,
    Optional<String> lastFailureReason,
    int failuresInARow,
    long receivedTotal,
    long sentTotal,
    long refusedInTotal,
    Optional<Long> publicPending,
    Optional<Long> publicRefused,
    Optional<Instant> publicOldestPending,
    long privatePending,
    Optional<Instant> privateOldestPending,
    long privateRefused) {

  static ChannelReport of(ResultSet row) throws SQLException {
    return new ChannelReport(
        instant(row, 1),
        instant(row, 2),
        instant(row, 3),
        Optional.ofNullable(row.getString(4)),
        row.getInt(5),
        row.getLong(6),
        row.getLong(7),
        row.getLong(8),
        number(row, 9),
        number(row, 10),
        instant(row, 11),
        row.getLong(12),
        instant(row, 13),
        row.getLong(14));
  }

  /** The age of the oldest waiting message of either side, at {@code now}; zero when none waits. */
  public Duration lag(Instant now) {
    Instant oldest =
        publicOldestPending
            .map(p -> privateOldestPending.filter(q -> q.isBefore(p)).orElse(p))
            .or(() -> privateOldestPending)
            .orElse(now);
    return oldest.isAfter(now) ? Duration.ZERO : Duration.between(oldest, now);
  }

  private static Optional<Instant> instant(ResultSet row, int column) throws SQLException {
    Timestamp value = row.getTimestamp(column);
    return Optional.ofNullable(value).map(Timestamp::toInstant);
  }

  private static Optional<Long> number(ResultSet row, int column) throws SQLException {
    long value = row.getLong(column);
    return row.wasNull() ? Optional.empty() : Optional.of(value);
  }
}
