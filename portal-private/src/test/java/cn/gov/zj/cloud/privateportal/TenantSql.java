package cn.gov.zj.cloud.privateportal;

import cn.gov.zj.cloud.domain.application.ResourcePlan;
import cn.gov.zj.cloud.domain.tenant.TenantId;
import cn.gov.zj.cloud.privateportal.usage.DemoUsage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
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

  /** A unit as the registry leaves it, with one system on the cloud: its active application. */
  public record AllocatedUnit(
      String tenant, long unitId, String creditCode, String name, long applicationId) {}

  /**
   * Inserts a unit of the tenant named {@code prefix} and a random suffix, with a fresh credit
   * code, and its system {@code system} activated now on {@code plan} (the demo's allocation, Art.
   * 6–11).
   */
  public AllocatedUnit allocatedUnit(String tenant, String prefix, String system, ResourcePlan plan)
      throws SQLException {
    String code = Deployments.freshCreditCode("91330100");
    String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      scope(connection, tenant);
      long unit;
      try (PreparedStatement insert =
          connection.prepareStatement(
              "insert into using_unit (tenant_id, name, credit_code, contact, created_at,"
                  + " updated_at) values (?, ?, ?, '王五', now(), now()) returning id")) {
        bind(insert, tenant, name, code);
        try (ResultSet rows = insert.executeQuery()) {
          rows.next();
          unit = rows.getLong(1);
        }
      }
      long application =
          DemoUsage.allocate(connection, new TenantId(tenant), unit, system, plan, Instant.now());
      connection.commit();
      return new AllocatedUnit(tenant, unit, code, name, application);
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
