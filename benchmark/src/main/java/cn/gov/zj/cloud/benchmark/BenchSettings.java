package cn.gov.zj.cloud.benchmark;

import java.nio.file.Path;

/**
 * What one run loads and measures. Every value is a system property with a default, so that a
 * developer can try a small size first ({@code -Dbench.applications=20000}).
 *
 * @param applications applications loaded over all tenants ({@code bench.applications})
 * @param clients concurrent client threads ({@code bench.clients})
 * @param requests measured requests per call kind ({@code bench.requests})
 * @param warmup requests per call kind before measuring, not recorded ({@code bench.warmup})
 * @param portBase the stack's port base ({@code bench.portBase}); 40000 keeps clear of the tests
 * @param dataDirectory the stack's data, kept between runs so that a second run only measures
 */
record BenchSettings(
    int applications, int clients, int requests, int warmup, int portBase, Path dataDirectory) {

  /** The targets of the issue, per call kind. */
  static final double P95_TARGET_MS = 100;

  static final double P99_TARGET_MS = 250;

  BenchSettings {
    if (applications < 12 || clients < 1 || requests < 1 || warmup < 0) {
      throw new IllegalArgumentException(
          "bench.applications >= 12, bench.clients >= 1, bench.requests >= 1, bench.warmup >= 0");
    }
  }

  static BenchSettings fromSystemProperties() {
    return new BenchSettings(
        Integer.getInteger("bench.applications", 1_000_000),
        Integer.getInteger("bench.clients", 16),
        Integer.getInteger("bench.requests", 20_000),
        Integer.getInteger("bench.warmup", 2_000),
        Integer.getInteger("bench.portBase", 40_000),
        Path.of(System.getProperty("bench.data", "benchmark/target/stack")));
  }

  /**
   * The public zone's suite (Art. 23, 24): 64 clients, and 80,000 ratings after 20,000 of warm-up
   * (the JIT compiler was still busy after 5,000), so that the private zone drains a backlog of
   * 100,000 submissions.
   */
  static BenchSettings forPublicZone() {
    return new BenchSettings(
        12,
        Integer.getInteger("bench.clients", 64),
        Integer.getInteger("bench.requests", 80_000),
        Integer.getInteger("bench.warmup", 20_000),
        Integer.getInteger("bench.portBase", 40_000),
        Path.of(System.getProperty("bench.data", "benchmark/target/stack")));
  }

  @Override
  public String toString() {
    return "applications="
        + applications
        + " clients="
        + clients
        + " requests="
        + requests
        + " (+"
        + warmup
        + " warm-up) per call kind, ports "
        + portBase
        + "+, data "
        + dataDirectory;
  }
}
