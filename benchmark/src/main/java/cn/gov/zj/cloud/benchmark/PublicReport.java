package cn.gov.zj.cloud.benchmark;

import cn.gov.zj.cloud.launcher.Stack;
import java.sql.SQLException;

/** The public zone's figures (Art. 23, 24) against the targets of the issue. */
final class PublicReport {

  private PublicReport() {}

  /** One measured closed loop: its latencies and the seconds it took. */
  record Run(Latencies latencies, double seconds) {}

  static void print(
      BenchSettings settings, Run raw, Run portal, Run empty, long backlog, double drainSeconds) {
    System.out.printf(
        "%nResults: %d clients, %d rows each (+%d warm-up)%n",
        settings.clients(), settings.requests(), settings.warmup());
    Latencies.printHeader("insert", 22, "rows/s", "");
    double rawRate = row("raw PostgreSQL insert", raw);
    double portalRate = row("rating via the portal", portal);
    double emptyRate = row("empty request (health)", empty);
    double ratio = portalRate / rawRate;
    double p99 = portal.latencies().summary().p99();
    System.out.printf(
        "  ratio portal / raw: %.2f (target >= %.2f), portal p99 %.1f ms (target <= %.0f ms): %s%n",
        ratio,
        PublicBenchmark.RATIO_TARGET,
        p99,
        PublicBenchmark.P99_TARGET_MS,
        ratio >= PublicBenchmark.RATIO_TARGET
                && p99 <= PublicBenchmark.P99_TARGET_MS
                && portal.latencies().errorCount() == 0
            ? "MET"
            : "NOT MET");
    System.out.printf(
        "  ceiling: the portal's server answers requests that do nothing at %.2f of the raw"
            + " insert rate; ratings reach %.2f of that%n",
        emptyRate / rawRate, portalRate / emptyRate);
    System.out.printf(
        "  drain of %,d public submissions by the private zone: %.1f s, %.0f messages/s"
            + " (target <= %.0f s): %s%n",
        backlog,
        drainSeconds,
        backlog / drainSeconds,
        PublicBenchmark.DRAIN_TARGET_SECONDS,
        drainSeconds <= PublicBenchmark.DRAIN_TARGET_SECONDS ? "MET" : "NOT MET");
  }

  /** After the drain: every rating is in the private zone once and none waits any more. */
  static void checkDrain(String publicUrl, Stack stack, long backlog) throws SQLException {
    String privateUrl =
        "jdbc:postgresql://localhost:"
            + stack.database().port()
            + "/"
            + stack.database().privateZone().name();
    long waiting =
        PublicBenchmark.count(
            publicUrl,
            "select count(*) from interconnect_outbox where acked_at is null and refused_at is null");
    long received = PublicBenchmark.count(privateUrl, "select count(*) from service_rating");
    long sent = PublicBenchmark.count(publicUrl, "select count(*) from rating");
    System.out.printf(
        "  after the drain: %,d ratings in the public zone, %,d in the private zone, %,d waiting%s%n",
        sent,
        received,
        waiting,
        sent == received && waiting == 0 ? " (every one once)" : " (MISMATCH)");
    if (backlog < sent) {
      System.out.println("  note: the backlog was counted before the last ratings committed");
    }
  }

  private static double row(String name, Run run) {
    run.latencies().printRow(name, 22, run.seconds(), "");
    double rate = run.latencies().summary().count() / run.seconds();
    return rate;
  }
}
