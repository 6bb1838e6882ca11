package cn.gov.zj.cloud.publicportal.web.statistics;

import java.math.BigDecimal;
import java.util.Optional;

/** Art. 23: a rate as the pages show it, in percent with two decimals ({@code 87.50}). */
final class Percent {

  private Percent() {}

  /** The rate in percent; null when there is none (the page then says so). */
  static BigDecimal of(Optional<BigDecimal> rate) {
    return rate.map(r -> r.movePointRight(2)).orElse(null);
  }

  /** The rate as text, {@code 87.5%} or {@code 100%}; null when there is none. */
  static String text(Optional<BigDecimal> rate) {
    return rate.map(r -> r.movePointRight(2).stripTrailingZeros().toPlainString() + "%")
        .orElse(null);
  }
}
