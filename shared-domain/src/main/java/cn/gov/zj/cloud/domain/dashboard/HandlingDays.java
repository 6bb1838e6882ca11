package cn.gov.zj.cloud.domain.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Art. 8–12: how many working days the closed steps took, as a count per number of days (so that
 * the cities' add up to the province's without the single steps), and their median: the middle one,
 * or the mean of the two middle ones when the count is even.
 */
public final class HandlingDays {

  private final SortedMap<Integer, Long> counts;

  private HandlingDays(SortedMap<Integer, Long> counts) {
    this.counts = Collections.unmodifiableSortedMap(counts);
  }

  public static HandlingDays none() {
    return new HandlingDays(new TreeMap<>());
  }

  /** These days with {@code count} more steps that took {@code days} working days. */
  public HandlingDays add(int days, long count) {
    if (days < 0 || count < 0) {
      throw new IllegalArgumentException(days + " days, " + count + " steps");
    }
    TreeMap<Integer, Long> next = new TreeMap<>(counts);
    next.merge(days, count, Long::sum);
    return new HandlingDays(next);
  }

  public HandlingDays plus(HandlingDays other) {
    HandlingDays sum = this;
    for (Map.Entry<Integer, Long> entry : other.counts.entrySet()) {
      sum = sum.add(entry.getKey(), entry.getValue());
    }
    return sum;
  }

  public long steps() {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Art. 8–12: the median working days, to one decimal; empty when no step was closed. */
  public Optional<BigDecimal> median() {
    long n = steps();
    if (n == 0) {
      return Optional.empty();
    }
    int lower = nth((n - 1) / 2);
    int upper = nth(n / 2);
    return Optional.of(
        BigDecimal.valueOf(lower + upper).divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP));
  }

  /** The days of the {@code index}-th step (from 0) in ascending order. */
  private int nth(long index) {
    long seen = 0;
    for (Map.Entry<Integer, Long> entry : counts.entrySet()) {
      seen += entry.getValue();
      if (index < seen) {
        return entry.getKey();
      }
    }
    throw new IllegalStateException("index " + index + " of " + seen);
  }

  public SortedMap<Integer, Long> counts() {
    return counts;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof HandlingDays that && counts.equals(that.counts);
  }

  @Override
  public int hashCode() {
    return counts.hashCode();
  }
}
