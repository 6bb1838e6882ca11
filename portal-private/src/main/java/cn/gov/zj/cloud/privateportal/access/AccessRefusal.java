package cn.gov.zj.cloud.privateportal.access;

import java.time.Instant;

/**
 * Art. 20: an access refused because no grant covered it: the system, scope, operator and purpose
 * asked for, the reason ({@code NO_GRANT}, {@code EXPIRED}, {@code REVOKED}, {@code
 * SCOPE_NOT_COVERED}, …), who recorded the attempt and when.
 */
public record AccessRefusal(
    long id,
    Long systemId,
    String systemName,
    String scope,
    String operator,
    String purpose,
    String reason,
    String recordedBy,
    Instant refusedAt) {

  static final String COLUMNS =
      "r.id, r.system_id, s.name, r.scope, r.operator, r.purpose, r.reason, r.recorded_by,"
          + " r.refused_at";

  static AccessRefusal of(Object[] r) {
    return new AccessRefusal(
        ((Number) r[0]).longValue(),
        r[1] == null ? null : ((Number) r[1]).longValue(),
        (String) r[2],
        (String) r[3],
        (String) r[4],
        (String) r[5],
        (String) r[6],
        (String) r[7],
        ((java.sql.Timestamp) r[8]).toInstant());
  }
}
