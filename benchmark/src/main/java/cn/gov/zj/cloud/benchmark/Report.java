package cn.gov.zj.cloud.benchmark;

/** The figures per call kind, and whether the targets of the issue are met. */
final class Report {

  private Report() {}

  static void print(BenchSettings settings, double seconds, Latencies inbox, Latencies detail) {
    System.out.printf(
        "%nResults: %d clients, %.1f s measured, targets p95 <= %.0f ms, p99 <= %.0f ms%n",
        settings.clients(), seconds, BenchSettings.P95_TARGET_MS, BenchSettings.P99_TARGET_MS);
    Latencies.printHeader("call", 8, "req/s", String.format("%8s  %s", "bytes", "targets"));
    row("inbox", seconds, inbox);
    row("detail", seconds, detail);
    System.out.printf(
        "  total throughput %.1f req/s%n",
        (inbox.summary().count() + detail.summary().count()) / seconds);
  }

  private static void row(String name, double seconds, Latencies latencies) {
    Latencies.Summary s = latencies.summary();
    boolean met = s.meetsTargets() && latencies.errorCount() == 0;
    latencies.printRow(
        name, 8, seconds, String.format("%8d  %s", s.meanBytes(), met ? "MET" : "NOT MET"));
  }
}
