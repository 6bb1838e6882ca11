package cn.gov.zj.cloud.domain.access;

import java.util.Arrays;
import java.util.Optional;

/** Art. 20: the unit's decisions on a grant, each from the states {@link GrantState} allows. */
public enum GrantAction {
  APPROVE(GrantState.APPROVED),
  REFUSE(GrantState.REFUSED),
  REVOKE(GrantState.REVOKED);

  private final GrantState target;

  GrantAction(GrantState target) {
    this.target = target;
  }

  /** The state the grant is in after the action. */
  public GrantState target() {
    return target;
  }

  /** As named in the REST path ({@code approve}, {@code refuse}, {@code revoke}). */
  public String restName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static Optional<GrantAction> ofRestName(String name) {
    return Arrays.stream(values()).filter(action -> action.restName().equals(name)).findFirst();
  }

  /** The bundle key of its name. */
  public String nameKey() {
    return "access.action." + name();
  }

  /**
   * Art. 20: whether the action may be taken on a grant in {@code state}; an approved grant that
   * has expired needs no revocation.
   */
  public boolean allowedFrom(GrantState state) {
    return state.allowedNow().contains(this);
  }
}
