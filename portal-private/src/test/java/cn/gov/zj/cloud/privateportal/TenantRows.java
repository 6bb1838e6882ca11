package cn.gov.zj.cloud.privateportal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import javax.sql.DataSource;

/**
 * For in-container tests: a count over one tenant's rows, read as the portal's database user under
 * that tenant's row scope (reset afterwards, so the pooled connection carries nothing on). Add it
 * to the test's deployment.
 */
public final class TenantRows {

  private TenantRows() {}

  /** {@code select count(*) …} with one parameter {@code value}. */
  public static long count(DataSource dataSource, String tenant, String sql, Object value)
      throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      scope(connection, tenant);
      try (PreparedStatement select = connection.prepareStatement(sql)) {
        select.setObject(1, value);
        try (ResultSet rows = select.executeQuery()) {
          rows.next();
          return rows.getLong(1);
        }
      } finally {
        scope(connection, "");
      }
    }
  }

  private static void scope(Connection connection, String tenant) throws Exception {
    try (PreparedStatement scope =
        connection.prepareStatement("select set_config('app.tenant', ?, false)")) {
      scope.setString(1, tenant);
      scope.execute();
    }
  }
}
