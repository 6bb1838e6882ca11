package cn.gov.zj.cloud.domain.supervision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Art. 22 (上云率): of the registered application systems that are not retired, how many run on the
 * platform and how many the law exempts. The ratio is on cloud ÷ (registered − exempt); with no
 * system left to count it is absent, never a division by zero.
 *
 * @param onCloud systems on the platform ({@code ON_CLOUD})
 * @param registered systems in the registry that are not retired, exempt ones included
 * @param exempt systems exempt by law ({@code EXEMPT})
 */
public record Adoption(long onCloud, long registered, long exempt) {

  /** Ratios are given to four decimals (a percentage with two). */
  public static final int SCALE = 4;

  public Adoption {
    if (onCloud < 0 || exempt < 0 || onCloud + exempt > registered) {
      throw new IllegalArgumentException(
          "adoption counts " + onCloud + "/" + exempt + " do not fit " + registered);
    }
  }

  /** Art. 22: on cloud ÷ registered systems that are not exempt; empty when none is. */
  public Optional<BigDecimal> ratio() {
    long counted = registered - exempt;
    if (counted == 0) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(onCloud)
            .divide(BigDecimal.valueOf(counted), SCALE, RoundingMode.HALF_UP));
  }

  /** The sum of two counts, e.g. the cities' into the province total. */
  public Adoption plus(Adoption other) {
    return new Adoption(
        onCloud + other.onCloud, registered + other.registered, exempt + other.exempt);
  }

  public static Adoption none() {
    return new Adoption(0, 0, 0);
  }
}
