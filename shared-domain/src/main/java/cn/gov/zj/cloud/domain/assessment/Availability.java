package cn.gov.zj.cloud.domain.assessment;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Art. 23 (service quality): the availability of the systems the provider runs in a period: 1 −
 * outage minutes ÷ service minutes. Service minutes are the period's minutes times the systems in
 * production; outage minutes are, for every P1 or P2 fault reported in the period, the time from
 * its report to its resolution (or to the period's end, or now, when it is unresolved), cut at the
 * period's end. Absent when no system was in production.
 */
public record Availability(long outageMinutes, long serviceMinutes) {

  public Availability {
    if (outageMinutes < 0 || serviceMinutes < 0) {
      throw new IllegalArgumentException("negative minutes");
    }
  }

  /** Art. 23: 1 − outage ÷ service, at least 0; empty without service minutes. */
  public Optional<BigDecimal> value() {
    return new Rate(Math.max(0, serviceMinutes - outageMinutes), serviceMinutes).value();
  }

  public Availability plus(Availability other) {
    return new Availability(
        outageMinutes + other.outageMinutes, serviceMinutes + other.serviceMinutes);
  }
}
