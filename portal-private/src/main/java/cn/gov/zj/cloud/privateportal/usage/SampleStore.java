package cn.gov.zj.cloud.privateportal.usage;

import cn.gov.zj.cloud.domain.usage.DailySample;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.postgresql.PGConnection;

/**
 * Art. 15: the usage samples in the database, one statement per batch with its columns as binary
 * arrays. Monitoring sends each day once, so a batch whose keys are all new is inserted plainly (at
 * about the rate of a raw {@code COPY}); a batch that repeats a stored key goes through the upsert,
 * whose probe of every key costs about 1.7 times as much (docs/benchmarks.md).
 */
final class SampleStore {

  private static final String COLUMNS =
      "insert into usage_sample (tenant_id, application_id, line, day, cpu_avg_pct,"
          + " cpu_p95_pct, mem_avg_pct, disk_used_gib, bandwidth_p95_mbps, received_at)"
          + " select ?, a, l, date '1970-01-01' + d, c, p, m, g, b, ? from unnest(?::bigint[],"
          + " ?::int2[], ?::int4[], ?::float4[], ?::float4[], ?::float4[], ?::float4[],"
          + " ?::float4[]) as s(a, l, d, c, p, m, g, b)";

  private static final String UPSERT =
      "with up as ("
          + COLUMNS
          + " on conflict (tenant_id, application_id, day, line) do update set"
          + " cpu_avg_pct = excluded.cpu_avg_pct, cpu_p95_pct = excluded.cpu_p95_pct,"
          + " mem_avg_pct = excluded.mem_avg_pct, disk_used_gib = excluded.disk_used_gib,"
          + " bandwidth_p95_mbps = excluded.bandwidth_p95_mbps, received_at = excluded.received_at"
          + " returning (xmax <> 0) as replaced)"
          + " select count(*) filter (where replaced) from up";

  /** Whether any application of the batch has a stored sample within the batch's days. */
  private static final String ANY_STORED =
      "select exists (select 1 from usage_sample where tenant_id = ? and application_id = any(?)"
          + " and day between ? and ?)";

  /** PostgreSQL's unique_violation: a key stored by a batch that ran beside this one. */
  private static final String UNIQUE_VIOLATION = "23505";

  private SampleStore() {}

  /**
   * Art. 15: the number of allocated lines of each application the samples name that holds an
   * allocation in the caller's tenant (row scope), unless terminated.
   */
  static Map<Long, Integer> allocatedLines(Connection connection, List<DailySample> samples)
      throws SQLException {
    Long[] ids =
        samples.stream()
            .filter(Objects::nonNull)
            .map(DailySample::applicationId)
            .distinct()
            .toArray(Long[]::new);
    Map<Long, Integer> lines = new HashMap<>();
    if (ids.length == 0) {
      return lines;
    }
    try (PreparedStatement select =
        connection.prepareStatement(
            "select id, json_array_length(allocated_plan::json -> 'resources') from application"
                + " where id = any(?) and allocated_plan is not null and state <> 'TERMINATED'")) {
      select.setArray(1, connection.createArrayOf("bigint", ids));
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          lines.put(rows.getLong(1), rows.getInt(2));
        }
      }
    }
    return lines;
  }

  /**
   * Stores the samples (one per key) in the caller's transaction; the number that replaced an
   * earlier sample. A batch with no stored key in its applications and days is inserted plainly;
   * should a batch beside it store one of its keys first, the insert is undone to its savepoint and
   * the batch upserted.
   */
  static int store(
      Connection connection, String tenant, Collection<DailySample> samples, Instant now)
      throws SQLException {
    if (samples.isEmpty()) {
      return 0;
    }
    if (anyStored(connection, tenant, samples)) {
      return upsert(connection, tenant, samples, now);
    }
    Savepoint before = connection.setSavepoint();
    try {
      run(connection, COLUMNS, tenant, samples, now).close();
      connection.releaseSavepoint(before);
      return 0;
    } catch (SQLException e) {
      if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
        throw e;
      }
      connection.rollback(before);
      return upsert(connection, tenant, samples, now);
    }
  }

  /** Stores the samples (one per key) by upsert; the number that replaced an earlier sample. */
  static int upsert(
      Connection connection, String tenant, Collection<DailySample> samples, Instant now)
      throws SQLException {
    try (PreparedStatement upsert = run(connection, UPSERT, tenant, samples, now);
        ResultSet count = upsert.getResultSet()) {
      count.next();
      return count.getInt(1);
    }
  }

  private static boolean anyStored(
      Connection connection, String tenant, Collection<DailySample> samples) throws SQLException {
    long[] applications =
        samples.stream().mapToLong(DailySample::applicationId).distinct().toArray();
    LocalDate first = samples.stream().map(DailySample::date).min(LocalDate::compareTo).get();
    LocalDate last = samples.stream().map(DailySample::date).max(LocalDate::compareTo).get();
    try (PreparedStatement query = connection.prepareStatement(ANY_STORED)) {
      query.setString(1, tenant);
      query.setArray(2, pg(connection).createArrayOf("int8", applications));
      query.setObject(3, first);
      query.setObject(4, last);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getBoolean(1);
      }
    }
  }

  /** The statement run with the batch's columns as binary arrays; the caller closes it. */
  private static PreparedStatement run(
      Connection connection,
      String sql,
      String tenant,
      Collection<DailySample> samples,
      Instant now)
      throws SQLException {
    int n = samples.size();
    long[] apps = new long[n];
    short[] lines = new short[n];
    int[] days = new int[n];
    float[][] values = new float[5][n];
    int i = 0;
    for (DailySample s : samples) {
      apps[i] = s.applicationId();
      lines[i] = (short) s.line();
      days[i] = (int) s.date().toEpochDay();
      values[0][i] = (float) s.cpuAvgPct();
      values[1][i] = (float) s.cpuP95Pct();
      values[2][i] = (float) s.memAvgPct();
      values[3][i] = (float) s.diskUsedGiB();
      values[4][i] = (float) s.bandwidthP95Mbps();
      i++;
    }
    PGConnection pg = pg(connection);
    PreparedStatement statement = connection.prepareStatement(sql);
    try {
      statement.setString(1, tenant);
      statement.setTimestamp(2, Timestamp.from(now));
      statement.setArray(3, pg.createArrayOf("int8", apps));
      statement.setArray(4, pg.createArrayOf("int2", lines));
      statement.setArray(5, pg.createArrayOf("int4", days));
      for (int column = 0; column < values.length; column++) {
        statement.setArray(6 + column, pg.createArrayOf("float4", values[column]));
      }
      statement.execute();
      return statement;
    } catch (SQLException e) {
      statement.close();
      throw e;
    }
  }

  private static PGConnection pg(Connection connection) throws SQLException {
    return connection.unwrap(PGConnection.class);
  }
}
