package cn.gov.zj.cloud.benchmark;

import cn.gov.zj.cloud.domain.demo.DemoUnit;
import cn.gov.zj.cloud.domain.tenant.Tenant;
import cn.gov.zj.cloud.domain.tenant.TenantDirectory;
import cn.gov.zj.cloud.launcher.Stack;
import cn.gov.zj.cloud.launcher.StackSettings;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;

/**
 * The benchmark of docs/benchmarks.md: starts its own stack, loads the applications once (a second
 * run with the same size reuses them), then measures the inbox (Art. 8–12) and the detail (Art. 6)
 * under concurrent clients and prints the figures against the targets p95 ≤ 100 ms, p99 ≤ 250 ms.
 */
public final class Benchmark {

  private Benchmark() {}

  public static void main(String[] args) throws Exception {
    if ("usage".equals(System.getProperty("bench.suite"))) {
      UsageBenchmark.run();
      return;
    }
    if ("dashboards".equals(System.getProperty("bench.suite"))) {
      DashboardBenchmark.run();
      return;
    }
    if ("public".equals(System.getProperty("bench.suite"))) {
      BenchSettings settings = BenchSettings.forPublicZone();
      System.out.println("Benchmark of the public zone: " + settings);
      System.out.println(Machine.describe());
      PublicBenchmark.run(settings);
      return;
    }
    BenchSettings settings = BenchSettings.fromSystemProperties();
    System.out.println("Benchmark: " + settings);
    System.out.println(Machine.describe());
    // Art. 24: the interconnection would publish the loaded public-facing systems meanwhile
    System.setProperty("ZJ_CHANNEL_SECONDS", "0");
    Path marker = settings.dataDirectory().resolve("loaded-applications");
    boolean reuse = loaded(marker) == settings.applications();
    try (Stack stack = Stack.start(withClean(settings, !reuse))) {
      System.out.println("Stack started: " + stack.startupTimes());
      int port = stack.database().port();
      DataLoad data = new DataLoad(port, stack.database().privateZone().name());
      List<Tenant> tenants = TenantDirectory.load().all();
      if (reuse) {
        System.out.println(
            "Reusing the " + settings.applications() + " applications loaded before");
      } else {
        data.load(settings.applications(), tenants);
        Files.writeString(marker, Integer.toString(settings.applications()));
      }
      data.counts().forEach((table, rows) -> System.out.printf("  %-52s %,12d%n", table, rows));
      HttpClient http =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(10))
              .build();
      Workload workload =
          new Workload(
              settings,
              http,
              new Tokens(http, stack.settings().keycloakUrl()),
              stack.settings().privateBaseUrl(),
              idRanges(data));
      System.out.println("Measuring (" + Machine.loadAverage() + ") ...");
      double seconds = workload.run();
      Report.print(settings, seconds, workload.inbox(), workload.detail());
      System.out.println("After measuring: " + Machine.loadAverage());
      System.out.println("Resident memory (kB): " + stack.portalResidentKilobytes());
      plans(data, stack, tenants);
      if (Boolean.getBoolean("bench.hold")) {
        System.out.println("bench.hold: the stack runs until Ctrl-C\n" + stack.banner());
        new CountDownLatch(1).await();
      }
    }
  }

  private static long loaded(Path marker) throws IOException {
    return Files.isRegularFile(marker) ? Long.parseLong(Files.readString(marker).strip()) : -1;
  }

  /** The test stack on the benchmark's ports; wiped first unless the data is reused. */
  private static StackSettings withClean(BenchSettings settings, boolean clean) {
    return stackSettings(settings.dataDirectory(), settings.portBase(), clean);
  }

  /** The test stack in {@code data} on the ports from {@code portBase}; wiped first if clean. */
  static StackSettings stackSettings(Path data, int portBase, boolean clean) {
    StackSettings t = StackSettings.forTests(data, portBase);
    return new StackSettings(
        t.dataDirectory(),
        t.runtimeDirectory(),
        t.postgresPort(),
        t.keycloakPort(),
        t.keycloakManagementPort(),
        t.privatePort(),
        t.publicPort(),
        t.smtpPort(),
        t.mailPort(),
        t.demo(),
        clean,
        t.externalDatabase());
  }

  /**
   * Per tenant its first and last loaded application id: the load gives each tenant one range, the
   * longest run of consecutive ids (applications the demo data or a test made lie outside it).
   */
  private static Map<String, long[]> idRanges(DataLoad data) throws SQLException {
    Map<String, long[]> ranges = new TreeMap<>();
    try (Connection db = data.superuser();
        Statement sql = db.createStatement();
        ResultSet rows =
            sql.executeQuery(
                "select distinct on (tenant_id) tenant_id, min(id), max(id), count(*)"
                    + " from (select tenant_id, id,"
                    + " id - row_number() over (partition by tenant_id order by id) as island"
                    + " from application) a group by tenant_id, island"
                    + " order by tenant_id, count(*) desc")) {
      while (rows.next()) {
        long first = rows.getLong(2);
        long last = rows.getLong(3);
        if (last - first + 1 != rows.getLong(4)) {
          throw new IllegalStateException("the ids of " + rows.getString(1) + " have gaps");
        }
        ranges.put(rows.getString(1), new long[] {first, last});
      }
    }
    return ranges;
  }

  /** The plans for the largest tenant, its demo unit's inbox and a long history. */
  private static void plans(DataLoad data, Stack stack, List<Tenant> tenants) throws SQLException {
    Tenant tenant =
        tenants.stream()
            .filter(t -> t.id().value().equals("hangzhou"))
            .findFirst()
            .orElse(tenants.get(0));
    String id = tenant.id().value();
    long unit;
    long application;
    try (Connection db = data.superuser()) {
      unit =
          first(
              db,
              "select id from using_unit where tenant_id = ? and credit_code = ?",
              id,
              DemoUnit.of(tenant).creditCode().value());
      application =
          first(
              db,
              "select application_id from application_event where tenant_id = ?"
                  + " and action = 'reclaim' order by application_id limit 1",
              id,
              null);
    }
    new QueryPlans(stack.database().port(), stack.database().privateZone())
        .print(id, unit, application);
  }

  private static long first(Connection db, String query, String tenant, String code)
      throws SQLException {
    try (PreparedStatement sql = db.prepareStatement(query)) {
      sql.setString(1, tenant);
      if (code != null) {
        sql.setString(2, code);
      }
      try (ResultSet row = sql.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }
}
