package cn.gov.zj.cloud.benchmark;

import cn.gov.zj.cloud.domain.tenant.Tenant;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the applications with their histories into the private zone's database as the local
 * superuser, which row-level security does not bind (the portal's owner could only write one tenant
 * per transaction). One transaction: a failed load leaves nothing half done.
 */
final class DataLoad {

  /** Art. 25: the rule in force stamped on every loaded step. */
  static final String RULE = "PROVINCIAL v1 2025-01-01T00:00:00Z";

  static final List<String> TABLES =
      List.of(
          "using_unit", "app_system", "application", "application_event", "application_attachment");

  private final String url;

  /** The embedded server's superuser ({@code postgres}, trusted on localhost only). */
  DataLoad(int port, String database) {
    this.url = "jdbc:postgresql://localhost:" + port + "/" + database;
  }

  Connection superuser() throws SQLException {
    return DriverManager.getConnection(url, "postgres", "");
  }

  /** Loads {@code applications} over {@code tenants}, then vacuums and analyzes the tables. */
  void load(int applications, List<Tenant> tenants) throws SQLException {
    long started = System.nanoTime();
    try (Connection db = superuser();
        Statement sql = db.createStatement()) {
      // the benchmark's own server: fewer checkpoints while several GB of WAL are written
      sql.execute("alter system set max_wal_size = '8GB'");
      sql.execute("select pg_reload_conf()");
      sql.execute("set synchronous_commit = off");
      sql.execute("set work_mem = '256MB'");
      sql.execute("set maintenance_work_mem = '512MB'");
      // serial plans, so that setseed makes random() repeat from run to run
      sql.execute("set max_parallel_workers_per_gather = 0");
      sql.execute("select setseed(0.2026)");
      db.setAutoCommit(false);
      long lastApplication = maxId(sql, "application");
      long lastSystem = maxId(sql, "app_system");
      Staging staging = new Staging(db);
      staging.create();
      staging.tenants(tenants, applications, lastApplication);
      staging.units(tenants);
      staging.mix();
      staging.paths();
      for (Map.Entry<String, String> step : script(lastSystem - lastApplication).entrySet()) {
        long t = System.nanoTime();
        int rows = sql.execute(step.getValue()) ? 1 : sql.getUpdateCount();
        System.out.printf("  %-95s %9d rows %7.1f s%n", step.getKey(), rows, seconds(t));
      }
      db.commit();
      db.setAutoCommit(true);
      long t = System.nanoTime();
      sql.execute("vacuum (analyze) " + String.join(", ", TABLES));
      System.out.printf("  %-95s %7.1f s%n", "vacuum (analyze)", seconds(t));
    }
    System.out.printf("Load: %.1f s%n", seconds(started));
  }

  /** Rows per table, over every tenant. */
  Map<String, Long> counts() throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Connection db = superuser();
        Statement sql = db.createStatement()) {
      for (String table : TABLES) {
        counts.put(table, single(sql, "select count(*) from " + table));
      }
      counts.put(
          "  of which waiting (not ACTIVE, DENIED, TERMINATED)",
          single(
              sql,
              "select count(*) from application"
                  + " where state not in ('ACTIVE', 'DENIED', 'TERMINATED')"));
      counts.put(
          "  of which overdue",
          single(sql, "select count(*) from application where due_date < current_date"));
    }
    return counts;
  }

  private static long maxId(Statement sql, String table) throws SQLException {
    return single(sql, "select coalesce(max(id), 0) from " + table);
  }

  static long single(Statement sql, String query) throws SQLException {
    try (ResultSet row = sql.executeQuery(query)) {
      row.next();
      return row.getLong(1);
    }
  }

  /** The statements of {@code load.sql}, each under the comment line above it. */
  private static Map<String, String> script(long systemOffset) {
    String text;
    try (InputStream in = DataLoad.class.getResourceAsStream("load.sql")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    text = text.replace("${systemOffset}", Long.toString(systemOffset)).replace("${rule}", RULE);
    Map<String, String> statements = new LinkedHashMap<>();
    for (String chunk : text.split(";\\s*\\n")) {
      String label = null;
      StringBuilder body = new StringBuilder();
      for (String line : chunk.strip().split("\n")) {
        if (line.startsWith("-- ")) {
          label = line.substring(3);
        } else {
          body.append(line).append('\n');
        }
      }
      if (!body.toString().isBlank()) {
        statements.put(label, body.toString());
      }
    }
    return statements;
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
