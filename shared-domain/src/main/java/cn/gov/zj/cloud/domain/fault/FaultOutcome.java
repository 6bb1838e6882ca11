package cn.gov.zj.cloud.domain.fault;

import cn.gov.zj.cloud.domain.security.Role;
import java.util.List;
import java.util.Set;

/** Art. 13: what firing a fault action gives: a transition, or a refusal (403 or 409). */
public sealed interface FaultOutcome {

  /** The action may happen; {@code text} is its checked text (null when it takes none). */
  record Transition(FaultState from, FaultAction action, FaultState to, String text)
      implements FaultOutcome {}

  /**
   * The action is refused before its input is looked at: {@code wrongRole} (403, naming {@code
   * roles}) or not allowed in {@code state} (409, naming every action allowed now).
   */
  record Refusal(
      boolean wrongRole,
      FaultState state,
      FaultAction action,
      Set<Role> roles,
      List<FaultAction> allowedNow)
      implements FaultOutcome {
    public Refusal {
      roles = Set.copyOf(roles);
      allowedNow = List.copyOf(allowedNow);
    }
  }
}
