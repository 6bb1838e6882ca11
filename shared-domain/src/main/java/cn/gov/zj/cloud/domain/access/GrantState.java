package cn.gov.zj.cloud.domain.access;

import java.util.EnumSet;
import java.util.Set;

/**
 * Art. 20: where a grant stands. An approved grant past its {@code until} is expired: derived from
 * the clock, never stored ({@link Grant#expiredAt}).
 */
public enum GrantState {
  /** The provider asked; the unit has not decided. */
  REQUESTED,
  /** The unit authorized the access (asked for or not). */
  APPROVED,
  /** The unit said no. */
  REFUSED,
  /** The unit withdrew its authorization before the window ended. */
  REVOKED;

  /** Art. 20: what the unit may do with a grant in this state. */
  public Set<GrantAction> allowedNow() {
    return switch (this) {
      case REQUESTED -> EnumSet.of(GrantAction.APPROVE, GrantAction.REFUSE);
      case APPROVED -> EnumSet.of(GrantAction.REVOKE);
      case REFUSED, REVOKED -> EnumSet.noneOf(GrantAction.class);
    };
  }

  /** The bundle key of its name. */
  public String nameKey() {
    return "access.state." + name();
  }
}
