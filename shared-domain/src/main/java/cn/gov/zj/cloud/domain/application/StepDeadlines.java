package cn.gov.zj.cloud.domain.application;

import cn.gov.zj.cloud.domain.calendar.WorkingDays;

/**
 * Art. 8–12, Art. 25: the working-day limit in force for each step, the statutory one or a tenant's
 * shorter local rule. The rules package supplies the tenant's; this package only asks.
 */
@FunctionalInterface
public interface StepDeadlines {

  WorkingDays limitOf(Step step);

  /** Art. 8–12: the limits of the regulation itself. */
  static StepDeadlines statutory() {
    return Step::statutoryLimit;
  }
}
