package cn.gov.zj.cloud.benchmark;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Every measured latency of one call kind, and every answer that was not 200 (by status, or by the
 * exception that stood for an answer): errors are counted and shown, never dropped.
 */
final class Latencies {

  private final long[] nanos;
  private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
  private final LongAdder bytes = new LongAdder();

  Latencies(int count) {
    this.nanos = new long[count];
  }

  /** Slot {@code index} is written by one thread only. */
  void record(int index, long elapsed, String error, int size) {
    nanos[index] = elapsed;
    bytes.add(size);
    if (error != null) {
      errors.computeIfAbsent(error, e -> new LongAdder()).increment();
    }
  }

  long errorCount() {
    return errors.values().stream().mapToLong(LongAdder::sum).sum();
  }

  /** Non-200 answers by status or exception, sorted. */
  Map<String, Long> errors() {
    Map<String, Long> sorted = new TreeMap<>();
    errors.forEach((k, v) -> sorted.put(k, v.sum()));
    return sorted;
  }

  Summary summary() {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return new Summary(
        sorted.length,
        percentile(sorted, 50),
        percentile(sorted, 95),
        percentile(sorted, 99),
        sorted[sorted.length - 1] / 1e6,
        bytes.sum() / sorted.length);
  }

  /** Nearest rank, in milliseconds. */
  private static double percentile(long[] sorted, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)] / 1e6;
  }

  /**
   * Prints one row of a results table: {@code name} in {@code width} columns, the count, errors,
   * rate over {@code seconds}, p50, p95, p99 and max in ms, then {@code rest}; then each error
   * kind.
   */
  void printRow(String name, int width, double seconds, String rest) {
    Summary s = summary();
    System.out.printf(
        "  %-" + width + "s %7d %7d %9.1f %8.1f %8.1f %8.1f %8.1f  %s%n",
        name,
        s.count(),
        errorCount(),
        s.count() / seconds,
        s.p50(),
        s.p95(),
        s.p99(),
        s.max(),
        rest);
    errors().forEach((error, n) -> System.out.printf("    %s: %d%n", error, n));
  }

  /** The header of {@link #printRow}'s table, {@code rest} its last columns. */
  static void printHeader(String first, int width, String rate, String rest) {
    System.out.printf(
        "  %-" + width + "s %7s %7s %9s %8s %8s %8s %8s  %s%n",
        first,
        "count",
        "errors",
        rate,
        "p50 ms",
        "p95 ms",
        "p99 ms",
        "max ms",
        rest);
  }

  record Summary(int count, double p50, double p95, double p99, double max, long meanBytes) {

    boolean meetsTargets() {
      return p95 <= BenchSettings.P95_TARGET_MS && p99 <= BenchSettings.P99_TARGET_MS;
    }
  }
}
