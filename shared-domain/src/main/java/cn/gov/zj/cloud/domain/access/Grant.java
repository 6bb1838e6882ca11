package cn.gov.zj.cloud.domain.access;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Art. 20: a unit's time-bounded authorization of provider access to one system's resources of the
 * given scopes, valid in {@code [from, until)}: at {@code until} it has expired.
 */
public record Grant(
    long systemId, Set<Scope> scopes, GrantState state, Instant from, Instant until) {

  public Grant {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    if (scopes == null || scopes.isEmpty()) {
      throw new IllegalArgumentException("a grant opens at least one scope");
    }
    scopes = Set.copyOf(EnumSet.copyOf(scopes));
  }

  /**
   * Art. 20: whether the grant's window holds {@code at} ({@code from} included, {@code until}
   * not).
   */
  public boolean windowHolds(Instant at) {
    return !at.isBefore(from) && at.isBefore(until);
  }

  /** Art. 20: an approved grant whose window has ended at {@code at}. */
  public boolean expiredAt(Instant at) {
    return state == GrantState.APPROVED && !at.isBefore(until);
  }

  /** Art. 20: whether this grant admits access to {@code system}'s {@code scope} at {@code at}. */
  public boolean covers(long system, Scope scope, Instant at) {
    return state == GrantState.APPROVED
        && systemId == system
        && scopes.contains(scope)
        && windowHolds(at);
  }
}
