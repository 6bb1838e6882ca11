package cn.gov.zj.cloud.domain.fault;

import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.validation.Texts;
import cn.gov.zj.cloud.domain.validation.Violations;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Art. 13: decides a fault action as the application lifecycle decides its own: the role first
 * (403), then the state (409, with what is allowed now), then the input (400 naming the field).
 */
public final class FaultLifecycle {

  private FaultLifecycle() {}

  /**
   * @throws cn.gov.zj.cloud.domain.validation.InvalidInputException when the action's text is
   *     missing, too long or holds control characters (only once role and state allow it)
   */
  public static FaultOutcome fire(
      FaultState state, FaultAction action, Set<Role> roles, String text) {
    if (action.roles().stream().noneMatch(roles::contains)) {
      return new FaultOutcome.Refusal(true, state, action, action.roles(), allowedNow(state));
    }
    if (!action.allowedIn(state)) {
      return new FaultOutcome.Refusal(false, state, action, action.roles(), allowedNow(state));
    }
    return new FaultOutcome.Transition(state, action, action.to(state), checked(action, text));
  }

  /** Art. 13: every action allowed in {@code state}, whoever may fire it, in declaration order. */
  public static List<FaultAction> allowedNow(FaultState state) {
    return Arrays.stream(FaultAction.values()).filter(a -> a.allowedIn(state)).toList();
  }

  /** The actions {@code roles} may fire in {@code state}: the buttons a page shows. */
  public static List<FaultAction> available(FaultState state, Set<Role> roles) {
    return allowedNow(state).stream()
        .filter(action -> action.roles().stream().anyMatch(roles::contains))
        .toList();
  }

  private static String checked(FaultAction action, String text) {
    if (action.textField().isEmpty()) {
      return null;
    }
    String field = action.textField().get();
    Violations violations = new Violations();
    String value =
        action.textRequired()
            ? Texts.required(field, text, FaultAction.MAX_TEXT, violations)
            : Texts.optional(field, text, FaultAction.MAX_TEXT, violations);
    violations.throwIfAny();
    return value;
  }
}
