package cn.gov.zj.cloud.domain.dashboard;

import cn.gov.zj.cloud.domain.application.Step;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Art. 8–12: how one statutory step was handled in a year: of the steps closed, how many by their
 * due date (the rule in force when the step began, Art. 25, decided that), and the median working
 * days they took, beside the limit the regulation sets.
 */
public record StepTimeliness(Step step, Share onTime, HandlingDays days) {

  public StepTimeliness {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(onTime, "onTime");
    Objects.requireNonNull(days, "days");
  }

  public static StepTimeliness none(Step step) {
    return new StepTimeliness(step, Share.none(), HandlingDays.none());
  }

  /** Art. 8–12: one more closed step that took {@code workingDays}, met or not. */
  public StepTimeliness add(int workingDays, boolean met, long count) {
    return new StepTimeliness(
        step, onTime.plus(new Share(met ? count : 0, count)), days.add(workingDays, count));
  }

  public StepTimeliness plus(StepTimeliness other) {
    if (other.step != step) {
      throw new IllegalArgumentException(other.step + " is not " + step);
    }
    return new StepTimeliness(step, onTime.plus(other.onTime), days.plus(other.days));
  }

  /** Art. 8–12: the statutory limit in working days. */
  public int limitDays() {
    return step.statutoryLimit().value();
  }

  public Optional<BigDecimal> medianDays() {
    return days.median();
  }
}
