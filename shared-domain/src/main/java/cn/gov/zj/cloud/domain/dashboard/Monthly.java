package cn.gov.zj.cloud.domain.dashboard;

import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;

/** Art. 4: a count for each month of a year (January first) and the year's total. */
public final class Monthly {

  private final long[] counts;

  private Monthly(long[] counts) {
    this.counts = counts;
  }

  public static Monthly none() {
    return new Monthly(new long[12]);
  }

  /** The counts of the twelve months, January first. */
  public static Monthly of(long... counts) {
    if (counts.length != 12 || LongStream.of(counts).anyMatch(c -> c < 0)) {
      throw new IllegalArgumentException("twelve counts, none negative");
    }
    return new Monthly(counts.clone());
  }

  /** This count with {@code count} more in {@code month} (1–12). */
  public Monthly add(int month, long count) {
    long[] next = counts.clone();
    next[month - 1] += count;
    return of(next);
  }

  public long month(int month) {
    return counts[month - 1];
  }

  public long total() {
    return LongStream.of(counts).sum();
  }

  public List<Long> months() {
    return LongStream.of(counts).boxed().toList();
  }

  /** Month by month sum, e.g. the cities' into the province total. */
  public Monthly plus(Monthly other) {
    long[] sum = new long[12];
    Arrays.setAll(sum, i -> counts[i] + other.counts[i]);
    return new Monthly(sum);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Monthly that && Arrays.equals(counts, that.counts);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(counts);
  }

  @Override
  public String toString() {
    return Arrays.toString(counts);
  }
}
