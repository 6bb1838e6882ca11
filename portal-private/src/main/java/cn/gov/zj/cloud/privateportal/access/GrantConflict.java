package cn.gov.zj.cloud.privateportal.access;

import cn.gov.zj.cloud.domain.access.GrantAction;
import cn.gov.zj.cloud.domain.access.GrantState;

/**
 * Art. 20: 409, the grant's state does not allow the action (a refused grant approved, a request
 * revoked, an expired grant revoked); the answer names the state and what is allowed now.
 */
public class GrantConflict extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final GrantState state;
  private final GrantAction action;
  private final boolean expired;

  public GrantConflict(GrantState state, GrantAction action, boolean expired) {
    super(action + " not allowed in " + state);
    this.state = state;
    this.action = action;
    this.expired = expired;
  }

  public GrantState state() {
    return state;
  }

  public GrantAction action() {
    return action;
  }

  /** True when the grant was approved but its window has ended: nothing is allowed. */
  public boolean expired() {
    return expired;
  }
}
