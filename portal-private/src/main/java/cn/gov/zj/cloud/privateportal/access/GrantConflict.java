package cn.gov.zj.cloud.privateportal.access;

import cn.gov.zj.cloud.domain.access.GrantAction;
import cn.gov.zj.cloud.domain.access.GrantState;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

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

  /**
   * The explanation in one language, {@code text} translating a key of the shared bundle with its
   * arguments: the state, the action refused and the actions allowed now.
   */
  public String detail(BiFunction<String, Object[], String> text) {
    String name = text.apply(action.nameKey(), new Object[0]);
    if (expired) {
      return text.apply("access.grant.expired", new Object[] {name});
    }
    String allowed =
        state.allowedNow().stream()
            .map(a -> text.apply(a.nameKey(), new Object[0]))
            .collect(Collectors.joining(", "));
    return text.apply(
        "access.grant.notAllowedNow",
        new Object[] {
          text.apply(state.nameKey(), new Object[0]), name, allowed.isEmpty() ? "—" : allowed
        });
  }

  /** True when the grant was approved but its window has ended: nothing is allowed. */
  public boolean expired() {
    return expired;
  }
}
