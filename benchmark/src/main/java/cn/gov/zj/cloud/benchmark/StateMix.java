package cn.gov.zj.cloud.benchmark;

import cn.gov.zj.cloud.domain.application.ApplicationState;
import java.util.EnumMap;
import java.util.Map;

/**
 * The share of each lifecycle state among the loaded applications, in per mille: most are running,
 * terminated or denied; 17 % wait on someone (Art. 8–12), 2 % are drafts or returned (Art. 7, 8).
 */
final class StateMix {

  static final Map<ApplicationState, Integer> PER_MILLE = new EnumMap<>(ApplicationState.class);

  static {
    PER_MILLE.put(ApplicationState.DRAFT, 10);
    PER_MILLE.put(ApplicationState.SUBMITTED, 35);
    PER_MILLE.put(ApplicationState.RETURNED, 10);
    PER_MILLE.put(ApplicationState.ACCEPTED, 25);
    PER_MILLE.put(ApplicationState.DENIED, 100);
    PER_MILLE.put(ApplicationState.APPROVED, 15);
    PER_MILLE.put(ApplicationState.IN_TRIAL, 30);
    PER_MILLE.put(ApplicationState.EXTENSION_REQUESTED, 5);
    PER_MILLE.put(ApplicationState.TESTS_SUBMITTED, 15);
    PER_MILLE.put(ApplicationState.ACTIVE, 540);
    PER_MILLE.put(ApplicationState.CHANGE_REQUESTED, 15);
    PER_MILLE.put(ApplicationState.CHANGE_APPROVED, 10);
    PER_MILLE.put(ApplicationState.TERMINATION_REQUESTED, 10);
    PER_MILLE.put(ApplicationState.TERMINATION_APPROVED, 10);
    PER_MILLE.put(ApplicationState.TERMINATED, 170);
    if (PER_MILLE.values().stream().mapToInt(Integer::intValue).sum() != 1000) {
      throw new IllegalStateException("the state mix must add up to 1000 per mille");
    }
  }

  private StateMix() {}

  /** Waiting, in a draft or in a trial: the state was entered recently, not months ago. */
  static boolean recent(ApplicationState state) {
    return !state.isTerminal() && state != ApplicationState.ACTIVE;
  }

  /** Art. 8: an approval opinion has been given (and not a denial). */
  static boolean approved(ApplicationState state) {
    return state.compareTo(ApplicationState.APPROVED) >= 0 && state != ApplicationState.DENIED;
  }

  /** Art. 10: resources were allocated at activation. */
  static boolean allocated(ApplicationState state) {
    return state.compareTo(ApplicationState.ACTIVE) >= 0;
  }

  /** Art. 11: a change waits for approval or execution. */
  static boolean pendingChange(ApplicationState state) {
    return state == ApplicationState.CHANGE_REQUESTED || state == ApplicationState.CHANGE_APPROVED;
  }

  /** Art. 3: the cloud status of the system whose latest application is in {@code state}. */
  static String cloudStatus(ApplicationState state) {
    if (state.holdsResources() && allocated(state)) {
      return "ON_CLOUD";
    }
    return state.holdsResources() || state == ApplicationState.APPROVED
        ? "MIGRATING"
        : "NOT_MIGRATED";
  }
}
