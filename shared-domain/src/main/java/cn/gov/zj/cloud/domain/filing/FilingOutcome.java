package cn.gov.zj.cloud.domain.filing;

import java.util.List;

/** Art. 5: what firing a filing action gives: a transition, or a refusal (403 or 409). */
public sealed interface FilingOutcome {

  /** The action may happen; {@code opinion} is the checked opinion (null when it takes none). */
  record Transition(FilingState from, FilingAction action, String opinion)
      implements FilingOutcome {
    public FilingState to() {
      return action.to();
    }
  }

  /**
   * Refused before the input is looked at: {@code wrongRole} (403), or not allowed in {@code state}
   * (409, naming every action allowed now).
   */
  record Refusal(
      boolean wrongRole, FilingState state, FilingAction action, List<FilingAction> allowedNow)
      implements FilingOutcome {
    public Refusal {
      allowedNow = List.copyOf(allowedNow);
    }
  }
}
