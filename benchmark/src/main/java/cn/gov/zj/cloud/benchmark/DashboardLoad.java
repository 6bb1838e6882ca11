package cn.gov.zj.cloud.benchmark;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Art. 15, 23: the ratings and the usage of the dashboards benchmark, set-based as the superuser in
 * batches (as the interconnection's drain and the usage intake write them), with the counting
 * triggers active: in the private zone {@code ratings} ratings (one in five a unit's, the others
 * citizens' of 20 services per tenant; 50 % very satisfied, 30 % satisfied, 10 % basically
 * satisfied, 10 % dissatisfied; over the last 365 days) and {@code days} days of samples of the
 * first {@code lines} allocated lines without samples (the demo data has some); in the public zone
 * the same citizens' ratings, a third of the bad ones not called back and half not rectified.
 */
final class DashboardLoad {

  private static final int BATCH = 1_000_000;

  private static final String GRADE =
      "(array['VERY_SATISFIED', 'VERY_SATISFIED', 'VERY_SATISFIED', 'VERY_SATISFIED',"
          + " 'VERY_SATISFIED', 'SATISFIED', 'SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED',"
          + " 'DISSATISFIED'])[1 + (g / 7) % 10]";

  private static final String RATED =
      "now() - (g % 365) * interval '1 day' - (g * 7919 % 86400) * interval '1 second'";

  private static final String TENANT = "(?::text[])[1 + g % ?]";

  private static final String PRIVATE_RATINGS =
      "insert into service_rating (rating_id, tenant_id, kind, service_id, grade, rated_at,"
          + " received_at) select gen_random_uuid(), "
          + TENANT
          + ", case when g % 5 = 0 then 'PROVIDER' else 'CITIZEN' end,"
          + " case when g % 5 <> 0 then 1 + g % 20 end, "
          + GRADE
          + ", "
          + RATED
          + ", now() from generate_series(?::bigint, ?::bigint) g";

  private static final String PUBLIC_SERVICES =
      "insert into public_service (tenant_id, service_id, name, unit_name, listed, published_at)"
          + " select t, s, '基准服务 ' || s, '基准单位', true, now()"
          + " from unnest(?::text[]) t, generate_series(1, 20) s on conflict do nothing";

  private static final String PUBLIC_RATINGS =
      "insert into rating (rating_id, tenant_id, kind, service_id, grade, rated_at, access_cipher,"
          + " fingerprint, called_back_at, reported_at) select gen_random_uuid(), tenant, 'CITIZEN',"
          + " service, grade, rated, '\\x00'::bytea, lpad(to_hex(g), 64, '0'),"
          + " case when grade = 'DISSATISFIED' and g % 3 <> 0 then rated + interval '20 hours' end,"
          + " case when grade = 'DISSATISFIED' and g % 2 = 0 then rated + interval '10 days' end"
          + " from (select g, "
          + TENANT
          + " as tenant, 1 + g % 20 as service, "
          + GRADE
          + " as grade, "
          + RATED
          + " as rated from generate_series(?::bigint, ?::bigint) g where g % 5 <> 0) r";

  private static final String LINES =
      "create temp table bench_line as select a.tenant_id, a.id, l.line::smallint as line"
          + " from application a cross join lateral generate_series(0,"
          + " json_array_length(a.allocated_plan::json -> 'resources') - 1) l(line)"
          + " where a.allocated_plan is not null and a.state <> 'TERMINATED'"
          + " and not exists (select 1 from usage_sample s where s.application_id = a.id)"
          + " order by a.id, l.line limit ?";

  private static final String SAMPLES =
      "insert into usage_sample (tenant_id, application_id, line, day, cpu_avg_pct, cpu_p95_pct,"
          + " mem_avg_pct, disk_used_gib, bandwidth_p95_mbps, received_at)"
          + " select tenant_id, id, line, ?, ((id * 31 + line * 7 + ?) % 800) / 10.0 + 0.25,"
          + " ((id * 31 + line * 7 + ?) % 900) / 10.0 + 5, ((id * 17 + line + ?) % 700) / 10.0 + 0.5,"
          + " 10 + (id % 500), (id % 100) / 2.0, now() from bench_line";

  private final DataLoad zone;
  private final DataLoad publicZone;
  private final String[] tenants;

  DashboardLoad(DataLoad zone, DataLoad publicZone, java.util.List<String> tenants) {
    this.zone = zone;
    this.publicZone = publicZone;
    this.tenants = tenants.toArray(String[]::new);
  }

  void load(long ratings, int lines, int days) throws SQLException {
    long started = System.nanoTime();
    try (Connection db = zone.superuser()) {
      fast(db);
      batches(db, PRIVATE_RATINGS, ratings, "service_rating (private zone)");
      usage(db, lines, days);
      analyze(db, "service_rating, usage_sample, dashboard_count, step_count, usage_count");
    }
    try (Connection db = publicZone.superuser()) {
      fast(db);
      try (PreparedStatement services = db.prepareStatement(PUBLIC_SERVICES)) {
        services.setArray(1, db.createArrayOf("text", tenants));
        services.executeUpdate();
      }
      batches(db, PUBLIC_RATINGS, ratings, "rating (public zone, citizens only)");
      analyze(db, "public_service, rating, satisfaction_count, rectification_count");
    }
    System.out.printf("Ratings and usage loaded: %.1f s%n", (System.nanoTime() - started) / 1e9);
  }

  private static void fast(Connection db) throws SQLException {
    try (Statement sql = db.createStatement()) {
      sql.execute("set synchronous_commit = off");
      sql.execute("set work_mem = '256MB'");
      sql.execute("set max_parallel_workers_per_gather = 0");
    }
  }

  /** The rows numbered 1 to {@code rows}, a statement (and transaction) per million. */
  private void batches(Connection db, String insert, long rows, String label) throws SQLException {
    long t = System.nanoTime();
    Array names = db.createArrayOf("text", tenants);
    try (PreparedStatement sql = db.prepareStatement(insert)) {
      for (long from = 1; from <= rows; from += BATCH) {
        sql.setArray(1, names);
        sql.setInt(2, tenants.length);
        sql.setLong(3, from);
        sql.setLong(4, Math.min(rows, from + BATCH - 1));
        sql.executeUpdate();
      }
    }
    System.out.printf("  %-60s %,12d rows %7.1f s%n", label, rows, (System.nanoTime() - t) / 1e9);
  }

  /** {@code days} days ending yesterday (Beijing), a statement per day, as the intake sends. */
  private static void usage(Connection db, int lines, int days) throws SQLException {
    long t = System.nanoTime();
    long stored;
    try (PreparedStatement select = db.prepareStatement(LINES)) {
      select.setInt(1, lines);
      select.execute();
    }
    try (Statement count = db.createStatement()) {
      stored = DataLoad.single(count, "select count(*) from bench_line");
    }
    LocalDate last = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1);
    try (PreparedStatement insert = db.prepareStatement(SAMPLES)) {
      for (int d = 0; d < days; d++) {
        insert.setObject(1, last.minusDays(d));
        insert.setInt(2, d);
        insert.setInt(3, d);
        insert.setInt(4, d);
        insert.executeUpdate();
      }
    }
    System.out.printf(
        "  %-60s %,12d rows %7.1f s%n",
        "usage_sample (" + stored + " lines x " + days + " days)",
        stored * days,
        (System.nanoTime() - t) / 1e9);
  }

  private static void analyze(Connection db, String tables) throws SQLException {
    try (Statement sql = db.createStatement()) {
      sql.execute("vacuum (analyze) " + tables);
    }
  }
}
