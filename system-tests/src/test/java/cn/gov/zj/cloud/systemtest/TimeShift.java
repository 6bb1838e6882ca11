package cn.gov.zj.cloud.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.zj.cloud.devdb.ZoneDatabase;
import cn.gov.zj.cloud.launcher.DatabaseServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;

/**
 * Time passing, for journeys that would otherwise wait for the clock: one record of the private
 * zone has its times moved into the past, as the database owner in the tenant's scope, so that the
 * portal sees a due date passed, a session started or a grant expired at once. Everything the
 * journey then checks goes through the pages as before.
 */
final class TimeShift {

  private TimeShift() {}

  /** Runs {@code update} (one {@code ?}: the record's id) and checks that it moved one row. */
  static void move(String tenant, String update, long id) throws Exception {
    DatabaseServer server = RunningStack.settings().database();
    ZoneDatabase zone = server.privateZone();
    try (Connection c =
        DriverManager.getConnection(server.jdbcUrl(zone), zone.owner(), zone.password())) {
      c.setAutoCommit(false);
      try (PreparedStatement scope =
          c.prepareStatement("select set_config('app.tenant', ?, true)")) {
        scope.setString(1, tenant);
        scope.execute();
      }
      try (PreparedStatement moved = c.prepareStatement(update)) {
        moved.setLong(1, id);
        assertEquals(1, moved.executeUpdate(), update);
      }
      c.commit();
    }
  }
}
