package cn.gov.zj.cloud.domain.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Art. 22, 23: a share of counted items that met a test (steps on time, lines used well), given to
 * four decimals; absent when nothing was counted, never a division by zero.
 *
 * @param met the items that met it
 * @param counted all the items counted
 */
public record Rate(long met, long counted) {

  /** Shares are given to four decimals (a percentage with two). */
  public static final int SCALE = 4;

  public Rate {
    if (met < 0 || met > counted) {
      throw new IllegalArgumentException("rate " + met + " of " + counted);
    }
  }

  /** met ÷ counted; empty when nothing was counted. */
  public Optional<BigDecimal> value() {
    return counted == 0 ? Optional.empty() : Optional.of(share(met, counted));
  }

  /** The sum of two counts, e.g. the cities' into the province total. */
  public Rate plus(Rate other) {
    return new Rate(met + other.met, counted + other.counted);
  }

  public static Rate none() {
    return new Rate(0, 0);
  }

  static BigDecimal share(long part, long whole) {
    return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), SCALE, RoundingMode.HALF_UP);
  }
}
