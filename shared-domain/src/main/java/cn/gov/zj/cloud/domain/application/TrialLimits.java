package cn.gov.zj.cloud.domain.application;

/**
 * Art. 9, Art. 25: the calendar days a trial period may first be granted for: 15–30 by statute, a
 * narrower window by local rule (supplied by the rules package). An extension is not held to them.
 */
public record TrialLimits(int minDays, int maxDays) {

  public static final TrialLimits STATUTORY = new TrialLimits(15, 30);

  /** Art. 9: an extension the reviewer consents to adds 1 to 30 calendar days at a time. */
  public static final Bounds EXTENSION_DAYS = new Bounds(1, 30);

  public TrialLimits {
    if (minDays < 1 || minDays > maxDays) {
      throw new IllegalArgumentException("trial limits must be 1 ≤ min ≤ max");
    }
  }

  Bounds bounds() {
    return new Bounds(minDays, maxDays);
  }
}
