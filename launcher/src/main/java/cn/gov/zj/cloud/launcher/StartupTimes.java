package cn.gov.zj.cloud.launcher;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** How long each part of the start took, for the banner and for tests. */
final class StartupTimes {

  static final String TOTAL = "total 合计";

  private final long start = System.nanoTime();
  private final Map<String, Duration> parts = new LinkedHashMap<>();

  void measure(String part, Runnable step) {
    measure(
        part,
        () -> {
          step.run();
          return null;
        });
  }

  <T> T measure(String part, Supplier<T> step) {
    long begin = System.nanoTime();
    T result = step.get();
    record(part, Duration.ofNanos(System.nanoTime() - begin));
    return result;
  }

  void finish() {
    record(TOTAL, Duration.ofNanos(System.nanoTime() - start));
  }

  private synchronized void record(String part, Duration duration) {
    parts.put(part, duration);
  }

  synchronized Map<String, Duration> asMap() {
    return new LinkedHashMap<>(parts);
  }
}
