package cn.gov.zj.cloud.privateportal.access;

import cn.gov.zj.cloud.domain.access.Scope;
import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** Art. 20: one recorded access to a system's resources, as read. */
public record AccessSession(
    long id,
    long systemId,
    String systemName,
    long unitId,
    Scope scope,
    String operator,
    String purpose,
    Optional<Long> grantId,
    boolean emergency,
    Optional<String> reason,
    String recordedBy,
    Instant startedAt,
    Optional<Instant> endedAt,
    Optional<String> summary,
    Optional<String> reviewedBy,
    Optional<Instant> reviewedAt,
    Optional<String> reviewNote)
    implements Serializable {

  static final String COLUMNS =
      "a.id, a.system_id, s.name, a.unit_id, a.scope, a.operator, a.purpose, a.grant_id,"
          + " a.emergency, a.reason, a.recorded_by, a.started_at, a.ended_at, a.summary,"
          + " a.reviewed_by, a.reviewed_at, a.review_note";

  static final String FROM = " from access_session a join app_system s on s.id = a.system_id";

  /** Art. 20: an emergency access nobody has reviewed yet. */
  public boolean awaitingReview() {
    return emergency && reviewedAt.isEmpty();
  }

  static AccessSession of(Object[] row) {
    return new AccessSession(
        ((Number) row[0]).longValue(),
        ((Number) row[1]).longValue(),
        (String) row[2],
        ((Number) row[3]).longValue(),
        Scope.valueOf((String) row[4]),
        (String) row[5],
        (String) row[6],
        Optional.ofNullable((Number) row[7]).map(Number::longValue),
        (Boolean) row[8],
        Optional.ofNullable((String) row[9]),
        (String) row[10],
        ((Timestamp) row[11]).toInstant(),
        time(row[12]),
        Optional.ofNullable((String) row[13]),
        Optional.ofNullable((String) row[14]),
        time(row[15]),
        Optional.ofNullable((String) row[16]));
  }

  private static Optional<Instant> time(Object value) {
    return Optional.ofNullable((Timestamp) value).map(Timestamp::toInstant);
  }
}
