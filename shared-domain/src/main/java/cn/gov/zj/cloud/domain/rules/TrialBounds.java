package cn.gov.zj.cloud.domain.rules;

/**
 * Art. 9: the bounds, in calendar days, of the trial period that the provider grants with the trial
 * environment (15–30 by statute). An extension consented by the reviewer counts separately: it is
 * not held to {@link #maxDays()}.
 */
public record TrialBounds(int minDays, int maxDays) {

  /** The technical range of either bound. */
  public static final int MIN = 1;

  public static final int MAX = 90;

  /** Art. 9: the statutory window; its minimum is also the floor that no rule may go below. */
  public static final TrialBounds STATUTORY = new TrialBounds(15, 30);

  public TrialBounds {
    if (!isValid(minDays) || !isValid(maxDays) || minDays > maxDays) {
      throw new IllegalArgumentException("trial bounds must be 1 ≤ min ≤ max ≤ 90");
    }
  }

  public static boolean isValid(int days) {
    return days >= MIN && days <= MAX;
  }

  /** Art. 9: whether a trial period first granted may last this many days. */
  public boolean allows(int trialDays) {
    return trialDays >= minDays && trialDays <= maxDays;
  }

  /** Art. 25: whether every trial these bounds allow is also allowed by the outer ones. */
  public boolean isWithin(TrialBounds outer) {
    return minDays >= outer.minDays && maxDays <= outer.maxDays;
  }
}
