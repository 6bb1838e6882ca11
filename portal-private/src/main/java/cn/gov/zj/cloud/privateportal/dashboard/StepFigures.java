package cn.gov.zj.cloud.privateportal.dashboard;

import cn.gov.zj.cloud.domain.application.Step;
import cn.gov.zj.cloud.domain.dashboard.MonthlyShare;
import cn.gov.zj.cloud.domain.dashboard.Share;
import cn.gov.zj.cloud.domain.dashboard.StepTimeliness;
import java.util.EnumMap;
import java.util.Map;

/**
 * Art. 8–12: the statutory steps closed in the year: per step its on-time record and handling days,
 * and all steps together month by month (met of closed).
 */
public record StepFigures(Map<Step, StepTimeliness> steps, MonthlyShare byMonth) {

  public StepFigures {
    Map<Step, StepTimeliness> all = new EnumMap<>(Step.class);
    for (Step step : Step.values()) {
      all.put(step, steps.getOrDefault(step, StepTimeliness.none(step)));
    }
    steps = java.util.Collections.unmodifiableMap(all);
  }

  public static StepFigures none() {
    return new StepFigures(Map.of(), MonthlyShare.none());
  }

  public StepTimeliness step(Step step) {
    return steps.get(step);
  }

  /** Art. 8–12: every step closed in the year, met of closed (what the province ranks by). */
  public Share onTime() {
    return byMonth.year();
  }

  public StepFigures plus(StepFigures other) {
    Map<Step, StepTimeliness> sum = new EnumMap<>(steps);
    other.steps.forEach((step, timeliness) -> sum.merge(step, timeliness, StepTimeliness::plus));
    return new StepFigures(sum, byMonth.plus(other.byMonth));
  }
}
