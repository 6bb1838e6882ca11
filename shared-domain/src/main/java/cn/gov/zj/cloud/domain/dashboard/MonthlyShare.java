package cn.gov.zj.cloud.domain.dashboard;

import java.util.Objects;

/**
 * Art. 13, 23: a part of a whole month by month (faults resolved in time of those reported, ratings
 * satisfied of those given), its monthly and yearly {@link Share}.
 */
public record MonthlyShare(Monthly part, Monthly whole) {

  public MonthlyShare {
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(whole, "whole");
    for (int month = 1; month <= 12; month++) {
      new Share(part.month(month), whole.month(month));
    }
  }

  public static MonthlyShare none() {
    return new MonthlyShare(Monthly.none(), Monthly.none());
  }

  /** This share with {@code part} of {@code whole} more in {@code month}. */
  public MonthlyShare add(int month, long part, long whole) {
    return new MonthlyShare(this.part.add(month, part), this.whole.add(month, whole));
  }

  public Share month(int month) {
    return new Share(part.month(month), whole.month(month));
  }

  public Share year() {
    return new Share(part.total(), whole.total());
  }

  public MonthlyShare plus(MonthlyShare other) {
    return new MonthlyShare(part.plus(other.part), whole.plus(other.whole));
  }
}
