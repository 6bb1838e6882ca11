package cn.gov.zj.cloud.benchmark;

/** The figures per call kind, and whether the targets of the issue are met. */
final class Report {

  private Report() {}

  static void print(BenchSettings settings, double seconds, Latencies inbox, Latencies detail) {
    System.out.printf(
        "%nResults: %d clients, %.1f s measured, targets p95 <= %.0f ms, p99 <= %.0f ms%n",
        settings.clients(), seconds, BenchSettings.P95_TARGET_MS, BenchSettings.P99_TARGET_MS);
    System.out.printf(
        "  %-8s %8s %7s %8s %8s %8s %8s %8s %8s  %s%n",
        "call", "count", "errors", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "bytes",
        "targets");
    row("inbox", seconds, inbox);
    row("detail", seconds, detail);
    System.out.printf(
        "  total throughput %.1f req/s%n",
        (inbox.summary().count() + detail.summary().count()) / seconds);
  }

  private static void row(String name, double seconds, Latencies latencies) {
    Latencies.Summary s = latencies.summary();
    boolean met = s.meetsTargets() && latencies.errorCount() == 0;
    System.out.printf(
        "  %-8s %8d %7d %8.1f %8.1f %8.1f %8.1f %8.1f %8d  %s%n",
        name,
        s.count(),
        latencies.errorCount(),
        s.count() / seconds,
        s.p50(),
        s.p95(),
        s.p99(),
        s.max(),
        s.meanBytes(),
        met ? "MET" : "NOT MET");
    latencies.errors().forEach((error, n) -> System.out.printf("    %s: %d%n", error, n));
  }
}
