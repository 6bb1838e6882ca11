package cn.gov.zj.cloud.privateportal.dashboard;

import cn.gov.zj.cloud.domain.dashboard.MonthlyShare;

/**
 * Art. 23: satisfied of rated, month by month, counted apart for the using units (their ratings of
 * the provider) and for citizens (their ratings of the services); first ratings only, never the
 * follow-up after a bad review.
 */
public record Satisfaction(MonthlyShare units, MonthlyShare citizens) {

  public static Satisfaction none() {
    return new Satisfaction(MonthlyShare.none(), MonthlyShare.none());
  }

  public Satisfaction plus(Satisfaction other) {
    return new Satisfaction(units.plus(other.units), citizens.plus(other.citizens));
  }
}
