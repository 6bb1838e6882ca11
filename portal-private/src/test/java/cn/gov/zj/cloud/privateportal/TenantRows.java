package cn.gov.zj.cloud.privateportal;

import cn.gov.zj.cloud.domain.tenant.TenantId;
import cn.gov.zj.cloud.privateportal.tenant.RowScope;
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

  /** Work on a connection in one tenant's row scope. */
  public interface Work {
    void on(Connection connection) throws Exception;
  }

  /** Runs {@code work} in one transaction under the tenant's row scope, then commits. */
  public static void inTenant(DataSource dataSource, String tenant, Work work) throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      RowScope.tenant(connection, new TenantId(tenant));
      work.on(connection);
      connection.commit();
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
