package cn.gov.zj.cloud.privateportal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Plain SQL in one tenant's row scope, beside the code under test: writes rows as the writers would
 * leave them, and counts rows directly, as the oracle of figures the code computes.
 */
public final class TenantSql {

  private final DataSource dataSource;

  public TenantSql(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Runs one statement in the tenant's scope and commits it. */
  public void update(String tenant, String statement, Object... values) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      scope(connection, tenant);
      try (PreparedStatement update = connection.prepareStatement(statement)) {
        bind(update, values);
        update.executeUpdate();
      }
      connection.commit();
    }
  }

  /** The first column of the first row of a query in the tenant's scope, e.g. a count. */
  public long count(String tenant, String query, Object... values) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      scope(connection, tenant);
      try (PreparedStatement select = connection.prepareStatement(query)) {
        bind(select, values);
        try (ResultSet rows = select.executeQuery()) {
          rows.next();
          return rows.getLong(1);
        } finally {
          connection.rollback();
        }
      }
    }
  }

  private static void bind(PreparedStatement statement, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      statement.setObject(i + 1, values[i]);
    }
  }

  private static void scope(Connection connection, String tenant) throws SQLException {
    try (PreparedStatement scope =
        connection.prepareStatement("select set_config('app.tenant', ?, true)")) {
      scope.setString(1, tenant);
      scope.execute();
    }
  }
}
