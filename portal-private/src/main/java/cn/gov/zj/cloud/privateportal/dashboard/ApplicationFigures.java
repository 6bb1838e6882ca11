package cn.gov.zj.cloud.privateportal.dashboard;

import cn.gov.zj.cloud.domain.application.ApplicationState;
import cn.gov.zj.cloud.domain.application.Step;
import cn.gov.zj.cloud.domain.dashboard.Monthly;
import java.util.EnumMap;
import java.util.Map;

/**
 * Art. 6–12: a tenant's applications: those opened in the year by the state they are in now and by
 * month opened; the statutory steps waiting today and how many of them are overdue; the
 * applications holding resources (Art. 9–12).
 */
public record ApplicationFigures(
    Map<ApplicationState, Long> byState,
    Monthly opened,
    Map<Step, StepLoad> waiting,
    long holdingResources) {

  /** Art. 8–12: steps waiting today, and of them those past their due date. */
  public record StepLoad(long waiting, long overdue) {
    public StepLoad plus(StepLoad other) {
      return new StepLoad(waiting + other.waiting, overdue + other.overdue);
    }
  }

  public ApplicationFigures {
    byState = complete(byState, ApplicationState.class, 0L);
    waiting = complete(waiting, Step.class, new StepLoad(0, 0));
  }

  public static ApplicationFigures none() {
    return new ApplicationFigures(Map.of(), Monthly.none(), Map.of(), 0);
  }

  public long opened(ApplicationState state) {
    return byState.get(state);
  }

  public StepLoad waiting(Step step) {
    return waiting.get(step);
  }

  public ApplicationFigures plus(ApplicationFigures other) {
    Map<ApplicationState, Long> states = new EnumMap<>(byState);
    other.byState.forEach((state, count) -> states.merge(state, count, Long::sum));
    Map<Step, StepLoad> steps = new EnumMap<>(waiting);
    other.waiting.forEach((step, load) -> steps.merge(step, load, StepLoad::plus));
    return new ApplicationFigures(
        states, opened.plus(other.opened), steps, holdingResources + other.holdingResources);
  }

  /** Every constant of {@code type}, with {@code zero} where {@code given} has none. */
  static <E extends Enum<E>, V> Map<E, V> complete(Map<E, V> given, Class<E> type, V zero) {
    Map<E, V> all = new EnumMap<>(type);
    for (E constant : type.getEnumConstants()) {
      all.put(constant, given.getOrDefault(constant, zero));
    }
    return java.util.Collections.unmodifiableMap(all);
  }
}
