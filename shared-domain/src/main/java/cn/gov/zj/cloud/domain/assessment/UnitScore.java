package cn.gov.zj.cloud.domain.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Art. 22: a unit's score from 0 to 100: score = 100 × Σ wᵢ·vᵢ ÷ Σ wᵢ over the parts (adoption,
 * efficiency, security, each a share from 0 to 1) that have a value, with the weights in force; a
 * part without a value (no system to count, no line judged) is left out rather than counted as 0 or
 * 1. Absent when no part has a value. Given to two decimals, half up.
 */
public final class UnitScore {

  /** Scores are given to two decimals. */
  public static final int SCALE = 2;

  private UnitScore() {}

  public static Optional<BigDecimal> of(
      ScoreWeights weights,
      Optional<BigDecimal> adoption,
      Optional<BigDecimal> efficiency,
      Optional<BigDecimal> security) {
    BigDecimal sum = BigDecimal.ZERO;
    int weighed = 0;
    int[] w = {weights.adoption(), weights.efficiency(), weights.security()};
    Optional<?>[] parts = {adoption, efficiency, security};
    for (int i = 0; i < w.length; i++) {
      if (parts[i].isPresent()) {
        sum = sum.add(((BigDecimal) parts[i].get()).multiply(BigDecimal.valueOf(w[i])));
        weighed += w[i];
      }
    }
    if (weighed == 0) {
      return Optional.empty();
    }
    return Optional.of(
        sum.multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(weighed), SCALE, RoundingMode.HALF_UP));
  }
}
