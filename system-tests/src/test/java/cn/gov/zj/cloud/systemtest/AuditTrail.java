package cn.gov.zj.cloud.systemtest;

import cn.gov.zj.cloud.devdb.ZoneDatabase;
import cn.gov.zj.cloud.launcher.DatabaseServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * Art. 24: the audit records of a zone, read as its database owner under the tenant's row scope,
 * for journeys whose decisions must leave a record (who, what, which entity).
 */
final class AuditTrail {

  private AuditTrail() {}

  /** How many records of {@code action} by {@code actor} about {@code entityId} the zone holds. */
  static long count(
      boolean privateZone, String tenant, String action, String entityId, String actor)
      throws Exception {
    return rows(
        privateZone,
        tenant,
        "select count(*) from audit_event where action = ? and entity_id = ? and actor = ?",
        action,
        entityId,
        actor);
  }

  /**
   * The single number {@code sql} counts in the zone's database under the tenant's row scope, its
   * parameters in order (issue 15: the ratings a cluster stored).
   */
  static long rows(boolean privateZone, String tenant, String sql, Object... parameters)
      throws Exception {
    DatabaseServer server = RunningStack.settings().database();
    ZoneDatabase zone = privateZone ? server.privateZone() : server.publicZone();
    try (Connection c =
        DriverManager.getConnection(server.jdbcUrl(zone), zone.owner(), zone.password())) {
      c.setAutoCommit(false);
      try (PreparedStatement scope =
          c.prepareStatement("select set_config('app.tenant', ?, true)")) {
        scope.setString(1, tenant);
        scope.execute();
      }
      try (PreparedStatement query = c.prepareStatement(sql)) {
        for (int i = 0; i < parameters.length; i++) {
          query.setObject(i + 1, parameters[i]);
        }
        try (ResultSet row = query.executeQuery()) {
          row.next();
          long count = row.getLong(1);
          c.commit();
          return count;
        }
      }
    }
  }
}
