package cn.gov.zj.cloud.privateportal.access;

import cn.gov.zj.cloud.domain.access.Grant;
import cn.gov.zj.cloud.domain.access.GrantState;
import cn.gov.zj.cloud.domain.access.Scope;
import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Art. 20: a stored grant as read, with its system's name. */
public record AccessGrant(
    long id,
    long systemId,
    String systemName,
    long unitId,
    Set<Scope> scopes,
    String purpose,
    Instant from,
    Instant until,
    GrantState state,
    String requestedBy,
    Instant requestedAt,
    Optional<String> decidedBy,
    Optional<Instant> decidedAt)
    implements Serializable {

  static final String COLUMNS =
      "g.id, g.system_id, s.name, g.unit_id, g.scopes, g.purpose, g.valid_from, g.valid_until,"
          + " g.state, g.requested_by, g.requested_at, coalesce(g.revoked_by, g.decided_by),"
          + " coalesce(g.revoked_at, g.decided_at)";

  static final String FROM = " from access_grant g join app_system s on s.id = g.system_id";

  /** The domain's view, for coverage. */
  public Grant grant() {
    return new Grant(systemId, scopes, state, from, until);
  }

  /** Art. 20: approved but past {@code until} at {@code now}. */
  public boolean expired(Instant now) {
    return grant().expiredAt(now);
  }

  /** The state as shown: {@code EXPIRED} for an approved grant past its window. */
  public String shownState(Instant now) {
    return expired(now) ? "EXPIRED" : state.name();
  }

  static AccessGrant of(Object[] row) {
    return new AccessGrant(
        ((Number) row[0]).longValue(),
        ((Number) row[1]).longValue(),
        (String) row[2],
        ((Number) row[3]).longValue(),
        scopes((String) row[4]),
        (String) row[5],
        ((Timestamp) row[6]).toInstant(),
        ((Timestamp) row[7]).toInstant(),
        GrantState.valueOf((String) row[8]),
        (String) row[9],
        ((Timestamp) row[10]).toInstant(),
        Optional.ofNullable((String) row[11]),
        Optional.ofNullable((Timestamp) row[12]).map(Timestamp::toInstant));
  }

  static Set<Scope> scopes(String stored) {
    Set<Scope> scopes = EnumSet.noneOf(Scope.class);
    Arrays.stream(stored.split(",")).map(Scope::valueOf).forEach(scopes::add);
    return scopes;
  }

  static String stored(Set<Scope> scopes) {
    return EnumSet.copyOf(scopes).stream().map(Scope::name).collect(Collectors.joining(","));
  }
}
