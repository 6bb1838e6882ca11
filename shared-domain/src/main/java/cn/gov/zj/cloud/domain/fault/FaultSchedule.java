package cn.gov.zj.cloud.domain.fault;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Art. 13, Art. 25: the due times of a fault under the targets in force (the provincial defaults or
 * the tenant's shorter ones) on the working clock. Both clocks start when the fault is reported; a
 * reopened fault's resolution clock starts again, whole, at the reopening.
 */
public record FaultSchedule(FaultTargets targets, WorkingClock clock) {

  public FaultSchedule {
    Objects.requireNonNull(targets, "targets");
    Objects.requireNonNull(clock, "clock");
  }

  /** Art. 13: when the provider's response is due for a fault reported at {@code reportedAt}. */
  public Instant responseDue(Severity severity, Instant reportedAt) {
    return clock.due(reportedAt, targets.response(severity));
  }

  /**
   * Art. 13: when the resolution is due for a clock started at {@code startedAt}: the report, or
   * the unit's reopening.
   */
  public Instant resolutionDue(Severity severity, Instant startedAt) {
    return clock.due(startedAt, targets.resolution(severity));
  }

  /**
   * Art. 13: whether a target was met: true when done by its due time, false when done late or not
   * done and past due at {@code now}; empty while it may still be met.
   */
  public static Optional<Boolean> met(Instant due, Instant done, Instant now) {
    if (done != null) {
      return Optional.of(!done.isAfter(due));
    }
    return now.isAfter(due) ? Optional.of(false) : Optional.empty();
  }
}
