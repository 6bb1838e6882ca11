package cn.gov.zj.cloud.domain.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Art. 8–13, 23: a part of a whole and its rate (the steps done in time of those closed, the
 * ratings satisfied of those given, the faults resolved in time of those reported), to four
 * decimals; with nothing counted the rate is absent, never a division by zero.
 */
public record Share(long part, long whole) {

  public static final int SCALE = 4;

  public Share {
    if (part < 0 || part > whole) {
      throw new IllegalArgumentException("share " + part + " of " + whole);
    }
  }

  public static Share none() {
    return new Share(0, 0);
  }

  public Optional<BigDecimal> rate() {
    if (whole == 0) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), SCALE, RoundingMode.HALF_UP));
  }

  public Share plus(Share other) {
    return new Share(part + other.part, whole + other.whole);
  }
}
