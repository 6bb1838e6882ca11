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

  record Summary(int count, double p50, double p95, double p99, double max, long meanBytes) {

    boolean meetsTargets() {
      return p95 <= BenchSettings.P95_TARGET_MS && p99 <= BenchSettings.P99_TARGET_MS;
    }
  }
}
