package cn.gov.zj.cloud.domain.showback;

import cn.gov.zj.cloud.domain.application.ResourcePlan;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Art. 10–12, Art. 21: a plan allocated from the day {@code from} until the day before {@code
 * until} (empty: still allocated). The day of a change or of the reclamation counts for the plan
 * that follows it, so that no day is counted twice.
 */
public record AllocationPeriod(ResourcePlan plan, LocalDate from, Optional<LocalDate> until) {

  public AllocationPeriod {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(from, "from");
    if (until.isPresent() && !until.get().isAfter(from)) {
      throw new IllegalArgumentException("a period lasts at least one day");
    }
  }

  /** The first day after the period, or the day after {@code limit} where it is still open. */
  LocalDate endBefore(LocalDate limit) {
    LocalDate after = limit.plusDays(1);
    return until.filter(end -> end.isBefore(after)).orElse(after);
  }
}
