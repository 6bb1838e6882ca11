package cn.gov.zj.cloud.domain.access;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

/**
 * Art. 20: whether the grants of a system admit an access session to one scope at one moment, and
 * if not, the most telling reason: a grant that lacks only the scope, one that has expired, one the
 * unit revoked, one that has not begun; otherwise there is no grant at all.
 */
public enum Coverage {
  COVERED,
  SCOPE_NOT_COVERED,
  EXPIRED,
  REVOKED,
  NOT_YET_VALID,
  NO_GRANT;

  /** Art. 20: the verdict for a session on {@code system}'s {@code scope} at {@code at}. */
  public static Coverage of(Collection<Grant> grants, long system, Scope scope, Instant at) {
    List<Grant> own = grants.stream().filter(grant -> grant.systemId() == system).toList();
    if (own.stream().anyMatch(grant -> grant.covers(system, scope, at))) {
      return COVERED;
    }
    if (any(own, g -> g.state() == GrantState.APPROVED && g.windowHolds(at))) {
      return SCOPE_NOT_COVERED;
    }
    List<Grant> scoped = own.stream().filter(grant -> grant.scopes().contains(scope)).toList();
    if (any(scoped, g -> g.expiredAt(at))) {
      return EXPIRED;
    }
    if (any(scoped, g -> g.state() == GrantState.REVOKED)) {
      return REVOKED;
    }
    if (any(scoped, g -> g.state() == GrantState.APPROVED && at.isBefore(g.from()))) {
      return NOT_YET_VALID;
    }
    return NO_GRANT;
  }

  private static boolean any(List<Grant> grants, Predicate<Grant> test) {
    return grants.stream().anyMatch(test);
  }

  /** The bundle key of the reason a session is refused. */
  public String reasonKey() {
    return "access.refused." + name();
  }
}
