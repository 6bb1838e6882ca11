package cn.gov.zj.cloud.domain.filing;

import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.validation.Texts;
import cn.gov.zj.cloud.domain.validation.Violations;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Art. 5: decides a filing action as the application lifecycle decides its own: the role first
 * (403), then the state (409, with what is allowed now), then the opinion (400 naming {@code
 * opinion}).
 */
public final class FilingLifecycle {

  private FilingLifecycle() {}

  /**
   * @throws cn.gov.zj.cloud.domain.validation.InvalidInputException when an opinion the action
   *     needs is missing, too long or holds control characters (only once role and state allow it)
   */
  public static FilingOutcome fire(
      FilingState state, FilingAction action, Set<Role> roles, String opinion) {
    if (!roles.contains(action.role())) {
      return new FilingOutcome.Refusal(true, state, action, allowedNow(state));
    }
    if (!action.allowedIn(state)) {
      return new FilingOutcome.Refusal(false, state, action, allowedNow(state));
    }
    return new FilingOutcome.Transition(state, action, checked(action, opinion));
  }

  /** Art. 5: every action allowed in {@code state}, whoever may fire it. */
  public static List<FilingAction> allowedNow(FilingState state) {
    return Arrays.stream(FilingAction.values()).filter(a -> a.allowedIn(state)).toList();
  }

  /** The actions {@code roles} may fire in {@code state}: the buttons a page shows. */
  public static List<FilingAction> available(FilingState state, Set<Role> roles) {
    return allowedNow(state).stream().filter(a -> roles.contains(a.role())).toList();
  }

  private static String checked(FilingAction action, String opinion) {
    if (!action.takesOpinion()) {
      return null;
    }
    Violations violations = new Violations();
    String value = Texts.required("opinion", opinion, FilingAction.MAX_OPINION, violations);
    violations.throwIfAny();
    return value;
  }
}
