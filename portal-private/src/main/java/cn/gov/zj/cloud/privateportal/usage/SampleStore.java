package cn.gov.zj.cloud.privateportal.usage;

import cn.gov.zj.cloud.domain.usage.DailySample;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Art. 15: the usage samples in the database: one statement per batch (arrays unnested into an
 * upsert), so that the intake runs near the rate of a raw {@code COPY}.
 */
final class SampleStore {

  private static final String UPSERT =
      "with up as (insert into usage_sample (tenant_id, application_id, line, day, cpu_avg_pct,"
          + " cpu_p95_pct, mem_avg_pct, disk_used_gib, bandwidth_p95_mbps, received_at)"
          + " select ?, a, l, d, c, p, m, g, b, ? from unnest(?::bigint[], ?::smallint[],"
          + " ?::date[], ?::real[], ?::real[], ?::real[], ?::real[], ?::real[])"
          + " as s(a, l, d, c, p, m, g, b)"
          + " on conflict (tenant_id, application_id, day, line) do update set"
          + " cpu_avg_pct = excluded.cpu_avg_pct, cpu_p95_pct = excluded.cpu_p95_pct,"
          + " mem_avg_pct = excluded.mem_avg_pct, disk_used_gib = excluded.disk_used_gib,"
          + " bandwidth_p95_mbps = excluded.bandwidth_p95_mbps, received_at = excluded.received_at"
          + " returning (xmax <> 0) as replaced)"
          + " select count(*) filter (where replaced) from up";

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

  /** Stores the samples (one per key); the number that replaced an earlier sample. */
  static int upsert(
      Connection connection, String tenant, Collection<DailySample> samples, Instant now)
      throws SQLException {
    int n = samples.size();
    Object[] apps = new Object[n];
    Object[] lines = new Object[n];
    Object[] days = new Object[n];
    Object[] cpu = new Object[n];
    Object[] p95 = new Object[n];
    Object[] mem = new Object[n];
    Object[] disk = new Object[n];
    Object[] mbps = new Object[n];
    int i = 0;
    for (DailySample s : samples) {
      apps[i] = s.applicationId();
      lines[i] = (short) s.line();
      days[i] = Date.valueOf(s.date());
      cpu[i] = (float) s.cpuAvgPct();
      p95[i] = (float) s.cpuP95Pct();
      mem[i] = (float) s.memAvgPct();
      disk[i] = (float) s.diskUsedGiB();
      mbps[i] = (float) s.bandwidthP95Mbps();
      i++;
    }
    try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
      upsert.setString(1, tenant);
      upsert.setTimestamp(2, Timestamp.from(now));
      upsert.setArray(3, array(connection, "bigint", apps));
      upsert.setArray(4, array(connection, "smallint", lines));
      upsert.setArray(5, array(connection, "date", days));
      upsert.setArray(6, array(connection, "real", cpu));
      upsert.setArray(7, array(connection, "real", p95));
      upsert.setArray(8, array(connection, "real", mem));
      upsert.setArray(9, array(connection, "real", disk));
      upsert.setArray(10, array(connection, "real", mbps));
      try (ResultSet count = upsert.executeQuery()) {
        count.next();
        return count.getInt(1);
      }
    }
  }

  private static Array array(Connection connection, String type, Object[] values)
      throws SQLException {
    return connection.createArrayOf(type, values);
  }
}
