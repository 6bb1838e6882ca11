package cn.gov.zj.cloud.domain.application;

import cn.gov.zj.cloud.domain.calendar.DueDate;
import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.domain.security.Role;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Art. 6–12: the application lifecycle as a state machine. Pure: it changes nothing, it says what
 * an action leads to; the caller stores the transition, or answers the refusal.
 */
public final class Lifecycle {

  private Lifecycle() {}

  /**
   * Art. 6–12: fires {@code action} in {@code state} for a caller holding {@code roles}. Checked in
   * this order: the role (403), the state (409), the input rules of the action (400).
   */
  public static Outcome fire(
      ApplicationState state, Action action, Set<Role> roles, ActionContext context) {
    if (!roles.contains(action.role())) {
      return refusal(Outcome.Reason.WRONG_ROLE, state, action);
    }
    if (!action.isAllowedFrom(state)) {
      return refusal(Outcome.Reason.NOT_ALLOWED_NOW, state, action);
    }
    Guards guards = Guards.run(action, context);
    if (!guards.violations().isEmpty()) {
      return new Outcome.Invalid(guards.violations().errors());
    }
    ApplicationState next = action.to();
    Optional<StepStart> starts =
        next.awaits().map(step -> new StepStart(step, context.deadlines().limitOf(step)));
    return new Outcome.Transition(state, action, next, starts, guards.record());
  }

  /** The actions the caller may fire in {@code state}: the buttons of the application's page. */
  public static List<Action> allowed(ApplicationState state, Set<Role> roles) {
    return Arrays.stream(Action.values())
        .filter(a -> a.isAllowedFrom(state) && roles.contains(a.role()))
        .toList();
  }

  /** Every action allowed in {@code state}, whoever may fire it. */
  public static List<Action> allowedNow(ApplicationState state) {
    return Arrays.stream(Action.values()).filter(a -> a.isAllowedFrom(state)).toList();
  }

  /** The states in which an application waits for {@code role}: the filter of its inbox. */
  public static Set<ApplicationState> waitingFor(Role role) {
    Set<ApplicationState> states = EnumSet.noneOf(ApplicationState.class);
    for (Action action : Action.values()) {
      if (action.role() == role) {
        states.addAll(action.from());
      }
    }
    return states;
  }

  /**
   * Art. 8–12: the due date of the step {@code state} waits on, entered at {@code enteredAt} under
   * {@code limits}; empty when the state waits on no deadline. Prefer the limit stored with the
   * step ({@link StepStart}) when there is one.
   */
  public static Optional<DueDate> dueDate(
      ApplicationState state, Instant enteredAt, StepDeadlines limits, OfficialCalendar calendar) {
    return state
        .awaits()
        .map(step -> calendar.dueDate(OfficialCalendar.dateOf(enteredAt), limits.limitOf(step)));
  }

  private static Outcome.Refusal refusal(
      Outcome.Reason reason, ApplicationState state, Action action) {
    return new Outcome.Refusal(reason, state, action, action.role(), allowedNow(state));
  }
}
