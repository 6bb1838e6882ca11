package cn.gov.zj.cloud.domain.feedback;

import cn.gov.zj.cloud.domain.feedback.BadReviewDeadline.Stage;
import cn.gov.zj.cloud.domain.feedback.BadReviewDeadline.State;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Art. 23 (差评整改率): how the bad reviews of a period were rectified on the official calendar: of the
 * bad reviews whose call back (1 working day) or report (15 working days) is decided (done, or its
 * due date passed), the share done in time. A bad review still open within its time is counted as
 * open, not as late. Counts only: nothing personal.
 *
 * @param badReviews the period's DISSATISFIED first ratings
 * @param calledBackInTime called back by the end of the first working day after the rating
 * @param callbackDecided called back, or past that day
 * @param rectifiedInTime rectification reported by the 15th working day
 * @param rectificationDecided reported, or past the 15th working day
 */
public record RectificationRate(
    long badReviews,
    long calledBackInTime,
    long callbackDecided,
    long rectifiedInTime,
    long rectificationDecided) {

  /** Nothing to rectify. */
  public static final RectificationRate NONE = new RectificationRate(0, 0, 0, 0, 0);

  public RectificationRate {
    if (calledBackInTime > callbackDecided
        || rectifiedInTime > rectificationDecided
        || callbackDecided > badReviews
        || rectificationDecided > badReviews
        || calledBackInTime < 0
        || rectifiedInTime < 0) {
      throw new IllegalArgumentException("inconsistent rectification counts");
    }
  }

  /** Art. 23: the rate of {@code reviews}' deadlines (each review's list) at {@code now}. */
  public static RectificationRate of(Collection<List<BadReviewDeadline>> reviews, Instant now) {
    long[] counts = new long[5];
    for (List<BadReviewDeadline> deadlines : reviews) {
      counts[0]++;
      for (BadReviewDeadline deadline : deadlines) {
        int at = deadline.stage() == Stage.CALLBACK ? 1 : 3;
        State state = deadline.state(now);
        if (state != State.OPEN) {
          counts[at + 1]++;
        }
        if (state == State.DONE) {
          counts[at]++;
        }
      }
    }
    return new RectificationRate(counts[0], counts[1], counts[2], counts[3], counts[4]);
  }

  /** Art. 23: the share called back within 1 working day, e.g. 0.7500; empty if none decided. */
  public Optional<BigDecimal> callbackRate() {
    return share(calledBackInTime, callbackDecided);
  }

  /** Art. 23: the share rectified within 15 working days; empty if none decided. */
  public Optional<BigDecimal> rectificationRate() {
    return share(rectifiedInTime, rectificationDecided);
  }

  /** Bad reviews whose report is not due yet and not made. */
  public long open() {
    return badReviews - rectificationDecided;
  }

  /** Two periods' counts together. */
  public RectificationRate plus(RectificationRate other) {
    return new RectificationRate(
        badReviews + other.badReviews,
        calledBackInTime + other.calledBackInTime,
        callbackDecided + other.callbackDecided,
        rectifiedInTime + other.rectifiedInTime,
        rectificationDecided + other.rectificationDecided);
  }

  static Optional<BigDecimal> share(long part, long whole) {
    return whole == 0
        ? Optional.empty()
        : Optional.of(
            BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP));
  }
}
