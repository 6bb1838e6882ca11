package cn.gov.zj.cloud.benchmark;

import cn.gov.zj.cloud.domain.application.Action;
import cn.gov.zj.cloud.domain.application.ApplicationState;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Art. 6–12: the histories the benchmark gives its applications, taken from the lifecycle itself:
 * the shortest way from a draft to each state over {@link Action}, and ten variants of it with a
 * return and resubmission (Art. 8), an extension granted (Art. 9) and one or two executed changes
 * (Art. 11). Every path is replayed against the lifecycle, so a history never shows an action the
 * state did not allow.
 */
final class LifecyclePaths {

  /** Variants per state; an application draws one uniformly. */
  static final int VARIANTS = 10;

  private LifecyclePaths() {}

  /** The actions after {@code create} that lead to {@code state} in variant {@code variant}. */
  static List<Action> path(ApplicationState state, int variant) {
    List<Action> path = new ArrayList<>(shortest().get(state));
    insertAfter(path, Action.SUBMIT, variant % 5 == 4, Action.REJECT, Action.SUBMIT);
    insertAfter(path, Action.PROVIDE_TRIAL, variant % 3 == 2, extension());
    int changes = variant < 6 ? 0 : variant < 9 ? 1 : 2;
    for (int i = 0; i < changes; i++) {
      insertAfter(
          path,
          Action.FINAL_APPROVE,
          true,
          Action.REQUEST_CHANGE,
          Action.APPROVE_CHANGE,
          Action.EXECUTE_CHANGE);
    }
    return replayed(state, path);
  }

  /** Art. 9: an extension requested and granted, unless the path ends in the request itself. */
  private static Action[] extension() {
    return new Action[] {Action.REQUEST_EXTENSION, Action.GRANT_EXTENSION};
  }

  private static void insertAfter(
      List<Action> path, Action anchor, boolean when, Action... detour) {
    int at = path.indexOf(anchor);
    if (when && at >= 0 && at < path.size() - 1) {
      path.addAll(at + 1, List.of(detour));
    }
  }

  /** Breadth first from {@link ApplicationState#DRAFT}: the main line to every state. */
  private static Map<ApplicationState, List<Action>> shortest() {
    Map<ApplicationState, List<Action>> paths = new EnumMap<>(ApplicationState.class);
    paths.put(ApplicationState.DRAFT, List.of());
    Deque<ApplicationState> queue = new ArrayDeque<>(List.of(ApplicationState.DRAFT));
    while (!queue.isEmpty()) {
      ApplicationState from = queue.poll();
      for (Action action : Action.values()) {
        if (action.isAllowedFrom(from) && !paths.containsKey(action.to())) {
          List<Action> longer = new ArrayList<>(paths.get(from));
          longer.add(action);
          paths.put(action.to(), longer);
          queue.add(action.to());
        }
      }
    }
    return paths;
  }

  private static List<Action> replayed(ApplicationState target, List<Action> path) {
    ApplicationState state = ApplicationState.DRAFT;
    for (Action action : path) {
      if (!action.isAllowedFrom(state)) {
        throw new IllegalStateException(action + " is not allowed from " + state);
      }
      state = action.to();
    }
    if (state != target) {
      throw new IllegalStateException(path + " ends in " + state + ", not " + target);
    }
    return List.copyOf(path);
  }
}
