package cn.gov.zj.cloud.benchmark;

import cn.gov.zj.cloud.launcher.Stack;
import cn.gov.zj.cloud.launcher.StackSettings;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.postgresql.PGConnection;

/**
 * Art. 15 (docs/benchmarks.md, {@code -Dbench.suite=usage}): a tenant of {@code bench.units} units
 * (default 2,000) holding {@code bench.lines} allocated lines (default 100,000: 50 per
 * application); {@code bench.days} days (default 100) of daily samples of every line go through
 * {@code POST usage} (CSV batches of {@code bench.batch} samples, {@code bench.clients} at once),
 * and the same rows through a raw {@code COPY} into a copy of the table, in the same run: both
 * rates and their ratio (target: at least half). Then every unit's report of the last whole month,
 * one after another as the reviewer: total time (target ≤ 60 s) and p95 per report (target ≤ 200
 * ms).
 */
final class UsageBenchmark {

  private static final String TENANT = "hangzhou";

  private static final int LINES_PER_APPLICATION = 50;

  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  /** The received_at column of the raw rows. */
  private static final String RECEIVED = "\t2026-01-01 00:00:00+08\n";

  private final int units = Integer.getInteger("bench.units", 2_000);
  private final int lines = Integer.getInteger("bench.lines", 100_000);
  private final int days = Integer.getInteger("bench.days", 100);
  private final int batch = Integer.getInteger("bench.batch", 20_000);
  private final int clients = Integer.getInteger("bench.clients", 2);
  private final int portBase = Integer.getInteger("bench.portBase", 40_000);
  private final Path data = Path.of(System.getProperty("bench.data", "benchmark/target/stack"));

  private UsageBenchmark() {}

  static void run() throws Exception {
    new UsageBenchmark().measure();
  }

  private void measure() throws Exception {
    if (lines % LINES_PER_APPLICATION != 0 || lines / LINES_PER_APPLICATION < units) {
      throw new IllegalArgumentException("bench.lines: a multiple of 50, at least 50 per unit");
    }
    System.out.printf(
        "Usage benchmark: %,d units, %,d lines, %,d days = %,d samples; batches of %,d, %d clients%n",
        units, lines, days, (long) lines * days, batch, clients);
    System.out.println(Machine.describe());
    System.setProperty("ZJ_CHANNEL_SECONDS", "0");
    StackSettings settings = StackSettings.forTests(data.resolve("usage"), portBase);
    try (Stack stack = Stack.start(settings)) {
      System.out.println("Stack started: " + stack.startupTimes());
      DataLoad db = new DataLoad(stack.database().port(), stack.database().privateZone().name());
      long firstApplication = allocate(db);
      LocalDate last = LocalDate.now(BEIJING).minusDays(1);
      LocalDate first = last.minusDays(days - 1L);
      HttpClient http =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(10))
              .build();
      Tokens tokens = new Tokens(http, stack.settings().keycloakUrl());
      String base = stack.settings().privateBaseUrl() + "/api/v1/tenants/" + TENANT;
      double endpoint = ingest(http, tokens, base, firstApplication, first);
      double raw = copy(db, firstApplication, first);
      System.out.printf(
          "Ingest: endpoint %,.0f samples/s, raw COPY %,.0f samples/s, ratio %.2f (target ≥ 0.50)%n",
          endpoint, raw, endpoint / raw);
      YearMonth month = YearMonth.from(LocalDate.now(BEIJING)).minusMonths(1);
      reports(http, tokens, base, db, month);
      System.out.println("After measuring: " + Machine.loadAverage());
    }
  }

  /** The units, one system and one active application of 50 host lines each; the first id. */
  private long allocate(DataLoad db) throws SQLException {
    StringBuilder plan = new StringBuilder("{\"resources\":[");
    for (int i = 0; i < LINES_PER_APPLICATION; i++) {
      plan.append(i == 0 ? "" : ",")
          .append("{\"type\":\"CLOUD_HOST\",\"quantity\":1,\"vcpu\":")
          .append(2 << (i % 3))
          .append(",\"memoryGiB\":8,\"systemDiskGiB\":40,\"dataDiskGiB\":0,\"os\":\"Linux\"}");
    }
    plan.append("],\"elastic\":null}");
    int applications = lines / LINES_PER_APPLICATION;
    long started = System.nanoTime();
    try (Connection sql = db.superuser();
        PreparedStatement load = sql.prepareStatement(ALLOCATE)) {
      sql.setAutoCommit(false);
      try (Statement clean = sql.createStatement()) {
        clean.execute("delete from usage_sample where tenant_id = '" + TENANT + "'");
      }
      load.setInt(1, units);
      load.setInt(2, applications);
      load.setString(
          3,
          plan.substring(
              "{\"resources\":".length(), plan.length() - ",\"elastic\":null}".length()));
      load.setString(4, plan.toString());
      load.setString(5, plan.toString());
      try (ResultSet first = load.executeQuery()) {
        first.next();
        long id = first.getLong(1);
        sql.commit();
        System.out.printf(
            "Set-up: %,d units, %,d applications of %d lines in %.1f s%n",
            units, applications, LINES_PER_APPLICATION, (System.nanoTime() - started) / 1e9);
        return id;
      }
    }
  }

  /** Units, systems and applications in one statement; the first application's id. */
  private static final String ALLOCATE =
      "with u as (insert into using_unit (tenant_id, name, credit_code, contact, created_at,"
          + " updated_at) select 'hangzhou', '用量基准单位 ' || n, 'B' || lpad(n::text, 17, '0'),"
          + " '基准', now(), now() from generate_series(1, ?) n"
          + " on conflict (tenant_id, credit_code) do update set name = excluded.name"
          + " returning id), ul as (select id, row_number() over (order by id) - 1 as k,"
          + " count(*) over () as c from u),"
          + " s as (insert into app_system (tenant_id, unit_id, name, mlps_level,"
          + " security_officer, cloud_status, on_cloud_since, cloud_entry, public_facing,"
          + " created_at, updated_at) select 'hangzhou', ul.id, '用量基准系统 ' || a, 2, '基准',"
          + " 'ON_CLOUD', current_date, 'NEW', false, now(), now()"
          + " from generate_series(0, ? - 1) a join ul on ul.k = a % ul.c returning id, unit_id),"
          + " ap as (insert into application (tenant_id, system_id, unit_id, state, resources,"
          + " state_since, created_at, updated_at, approved_plan, allocated_plan)"
          + " select 'hangzhou', s.id, s.unit_id, 'ACTIVE', ?, now(), now(), now(), ?, ?"
          + " from s returning id) select min(id) from ap";

  private String csvBatch(long firstApplication, LocalDate firstDay, long from, int count) {
    StringBuilder csv =
        new StringBuilder(count * 48)
            .append(
                "applicationId,line,date,cpuAvgPct,cpuP95Pct,memAvgPct,diskUsedGiB,bandwidthP95Mbps\n");
    for (long n = from; n < from + count; n++) {
      csv.append(row(firstApplication, firstDay, n, ','));
    }
    return csv.toString();
  }

  /** Sample {@code n}: day-major, so that each batch holds whole days of consecutive lines. */
  private String row(long firstApplication, LocalDate firstDay, long n, char separator) {
    long line = n % lines;
    long day = n / lines;
    int load = (int) ((line * 7 + day * 3) % 90);
    return new StringBuilder(48)
        .append(firstApplication + line / LINES_PER_APPLICATION)
        .append(separator)
        .append(line % LINES_PER_APPLICATION)
        .append(separator)
        .append(firstDay.plusDays(day))
        .append(separator)
        .append(load / 2)
        .append(separator)
        .append(load)
        .append(separator)
        .append(20 + load / 3)
        .append(separator)
        .append(100 + line % 50)
        .append(separator)
        .append(load % 40)
        .append('\n')
        .toString();
  }

  /** Every sample through the endpoint; samples per second. */
  private double ingest(
      HttpClient http, Tokens tokens, String base, long firstApplication, LocalDate firstDay)
      throws Exception {
    long total = (long) lines * days;
    long batches = (total + batch - 1) / batch;
    AtomicInteger next = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    long started = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<?>> done = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      done.add(
          pool.submit(
              () -> {
                for (long b = next.getAndIncrement(); b < batches; b = next.getAndIncrement()) {
                  long from = b * batch;
                  int count = (int) Math.min(batch, total - from);
                  String body = csvBatch(firstApplication, firstDay, from, count);
                  HttpResponse<String> answer =
                      http.send(
                          HttpRequest.newBuilder(URI.create(base + "/usage"))
                              .header(
                                  "Authorization",
                                  "Bearer " + tokens.of(TENANT, "provider-operator"))
                              .header("Content-Type", "text/csv")
                              .timeout(Duration.ofMinutes(5))
                              .POST(HttpRequest.BodyPublishers.ofString(body))
                              .build(),
                          HttpResponse.BodyHandlers.ofString());
                  if (answer.statusCode() != 200 && failed.getAndIncrement() < 3) {
                    System.out.println(
                        "  batch " + b + ": " + answer.statusCode() + " " + answer.body());
                  }
                }
                return null;
              }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(
        "Endpoint: %,d samples in %,d batches, %.1f s, %d failed batches%n",
        total, batches, seconds, failed.get());
    return total / seconds;
  }

  /**
   * The same rows by {@code COPY} into a copy of the table (indexes included); samples per second.
   */
  private double copy(DataLoad db, long firstApplication, LocalDate firstDay) throws Exception {
    long total = (long) lines * days;
    try (Connection sql = db.superuser();
        Statement ddl = sql.createStatement()) {
      ddl.execute("drop table if exists bench_raw_usage");
      ddl.execute("create table bench_raw_usage (like usage_sample including all)");
      long started = System.nanoTime();
      for (long from = 0; from < total; from += batch) {
        int count = (int) Math.min(batch, total - from);
        StringBuilder rows = new StringBuilder(count * 64);
        for (long n = from; n < from + count; n++) {
          String row = row(firstApplication, firstDay, n, '\t');
          rows.append(TENANT).append('\t').append(row, 0, row.length() - 1).append(RECEIVED);
        }
        sql.unwrap(PGConnection.class)
            .getCopyAPI()
            .copyIn(
                "copy bench_raw_usage (tenant_id, application_id, line, day, cpu_avg_pct,"
                    + " cpu_p95_pct, mem_avg_pct, disk_used_gib, bandwidth_p95_mbps, received_at)"
                    + " from stdin",
                new StringReader(rows.toString()));
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      System.out.printf("Raw COPY: %,d rows, %.1f s%n", total, seconds);
      ddl.execute("drop table bench_raw_usage");
      return total / seconds;
    }
  }

  /** Every unit's report of the month, one after another; prints total and p95. */
  private void reports(HttpClient http, Tokens tokens, String base, DataLoad db, YearMonth month)
      throws Exception {
    List<Long> ids = new ArrayList<>();
    try (Connection sql = db.superuser();
        Statement select = sql.createStatement();
        ResultSet rows =
            select.executeQuery(
                "select distinct unit_id from application where tenant_id = 'hangzhou'"
                    + " and allocated_plan is not null and state <> 'TERMINATED' order by 1")) {
      while (rows.next()) {
        ids.add(rows.getLong(1));
      }
    }
    Latencies latencies = new Latencies(ids.size());
    long started = System.nanoTime();
    for (int i = 0; i < ids.size(); i++) {
      long t0 = System.nanoTime();
      HttpResponse<String> answer =
          http.send(
              HttpRequest.newBuilder(
                      URI.create(
                          base + "/reports/utilization?unitId=" + ids.get(i) + "&month=" + month))
                  .header("Authorization", "Bearer " + tokens.of(TENANT, "reviewer"))
                  .timeout(Duration.ofMinutes(1))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      latencies.record(
          i,
          System.nanoTime() - t0,
          answer.statusCode() == 200 ? null : Integer.toString(answer.statusCode()),
          answer.body().length());
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    Latencies.Summary summary = latencies.summary();
    System.out.printf(
        Locale.ROOT,
        "Reports of %s: %,d units in %.1f s (target ≤ 60 s), p50 %.1f ms, p95 %.1f ms (target ≤ 200),"
            + " max %.1f ms, mean %,d B, errors %s%n",
        month,
        ids.size(),
        seconds,
        summary.p50(),
        summary.p95(),
        summary.max(),
        summary.meanBytes(),
        latencies.errors());
  }
}
