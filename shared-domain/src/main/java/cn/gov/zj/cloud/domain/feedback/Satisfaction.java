package cn.gov.zj.cloud.domain.feedback;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Art. 23: a tenant's satisfaction in one month: the count of each grade and the satisfaction rate
 * (very satisfied + satisfied + basically satisfied) / all, to four decimal places; no rate when
 * nobody rated. Only counts: nothing personal.
 */
public record Satisfaction(Map<Grade, Long> byGrade) {

  public Satisfaction {
    Map<Grade, Long> all = new EnumMap<>(Grade.class);
    for (Grade grade : Grade.values()) {
      long count = byGrade.getOrDefault(grade, 0L);
      if (count < 0) {
        throw new IllegalArgumentException("negative count of " + grade);
      }
      all.put(grade, count);
    }
    byGrade = Collections.unmodifiableMap(all);
  }

  public long total() {
    return byGrade.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Art. 23: the satisfaction rate, e.g. 0.8750; empty without ratings. */
  public Optional<BigDecimal> rate() {
    long total = total();
    if (total == 0) {
      return Optional.empty();
    }
    long satisfied =
        byGrade.entrySet().stream()
            .filter(entry -> entry.getKey().satisfied())
            .mapToLong(Map.Entry::getValue)
            .sum();
    return Optional.of(
        BigDecimal.valueOf(satisfied).divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_UP));
  }

  /** Art. 23 (差评率): the share of DISSATISFIED ratings, e.g. 0.1250; empty without ratings. */
  public Optional<BigDecimal> badReviewRate() {
    long total = total();
    return total == 0
        ? Optional.empty()
        : Optional.of(
            BigDecimal.valueOf(byGrade.get(Grade.DISSATISFIED))
                .divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_UP));
  }

  /** The counts of two months (or services) together, e.g. a year's. */
  public Satisfaction plus(Satisfaction other) {
    Map<Grade, Long> sum = new EnumMap<>(byGrade);
    other.byGrade.forEach((grade, count) -> sum.merge(grade, count, Long::sum));
    return new Satisfaction(sum);
  }
}
