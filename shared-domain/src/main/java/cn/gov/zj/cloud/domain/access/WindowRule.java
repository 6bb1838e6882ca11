package cn.gov.zj.cloud.domain.access;

import cn.gov.zj.cloud.domain.validation.Violations;
import java.time.Duration;
import java.time.Instant;

/**
 * Art. 20: how long one grant may open a unit's resources: {@code from} before {@code until}, the
 * window at most {@link #DEFAULT} (7 days) and ending after now. Art. 25: a local rule may shorten
 * the maximum, never lengthen it ({@link #shortenedTo}).
 */
public record WindowRule(Duration max) {

  /** Art. 20 as the province applies it: a grant lasts at most 7 days. */
  public static final WindowRule DEFAULT = new WindowRule(Duration.ofDays(7));

  public WindowRule {
    if (max == null || max.isNegative() || max.isZero()) {
      throw new IllegalArgumentException("a grant window must be positive");
    }
  }

  /**
   * Art. 25: the rule with a local maximum; refused (IllegalArgumentException) when it would be
   * longer than this rule's.
   */
  public WindowRule shortenedTo(Duration local) {
    if (local == null || local.compareTo(max) > 0) {
      throw new IllegalArgumentException(
          "a local rule may shorten the grant window, not lengthen it");
    }
    return new WindowRule(local);
  }

  /**
   * Art. 20: adds to {@code violations} what is wrong with the window (each field named once):
   * missing ends, {@code until} not after {@code from}, a window longer than {@link #max()}, or one
   * that has already ended at {@code now}.
   */
  public void check(Instant from, Instant until, Instant now, Violations violations) {
    if (from == null) {
      violations.addOnce("from", "validation.required");
    }
    if (until == null) {
      violations.addOnce("until", "validation.required");
    }
    if (from == null || until == null || violations.has("from") || violations.has("until")) {
      return;
    }
    if (!from.isBefore(until)) {
      violations.addOnce("until", "access.window.notAfterFrom");
    } else if (Duration.between(from, until).compareTo(max) > 0) {
      violations.addOnce("until", "access.window.tooLong", max.toHours());
    } else if (!until.isAfter(now)) {
      violations.addOnce("until", "access.window.ended");
    }
  }

  /** Art. 20: whether the window passes {@link #check} (for pages that test before asking). */
  public boolean allows(Instant from, Instant until, Instant now) {
    Violations violations = new Violations();
    check(from, until, now, violations);
    return violations.isEmpty();
  }
}
