package cn.gov.zj.cloud.privateportal.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.tenant.TenantId;
import cn.gov.zj.cloud.privateportal.Deployments;
import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Wall 4 at the database itself: plain SQL on the portal's own connection, as a buggy query would
 * run, still sees and touches only the tenant set on the transaction.
 */
@ExtendWith(ArquillianExtension.class)
class RowLevelSecurityIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @Resource(lookup = "java:app/jdbc/private")
  DataSource dataSource;

  private static void scope(Connection c, String tenant) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("select set_config('app.tenant', ?, true)")) {
      s.setString(1, tenant);
      s.execute();
    }
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (ResultSet rows = c.createStatement().executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  @Test
  @DisplayName("Art. 20, wall 4: without a tenant on the transaction no tenant row is visible")
  void noTenantNoRows() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      assertEquals(0, count(c, "select count(*) from using_unit"));
      assertEquals(0, count(c, "select count(*) from audit_event"));
      c.rollback();
    }
  }

  @Test
  @DisplayName("Art. 20, wall 4: a query without a tenant filter sees its own tenant's rows only")
  void unfilteredQuerySeesOneTenant() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      scope(c, "hangzhou");
      long hangzhou = count(c, "select count(*) from using_unit");
      long foreign = count(c, "select count(*) from using_unit where tenant_id <> 'hangzhou'");
      assertTrue(hangzhou >= 1, "the demo unit of hangzhou is visible");
      assertEquals(0, foreign);
      c.rollback();
    }
  }

  @Test
  @DisplayName("Art. 20, wall 4: rows of another tenant can be neither written nor changed")
  void otherTenantsRowsAreUntouchable() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      scope(c, "ningbo");
      assertEquals(
          0,
          c.createStatement()
              .executeUpdate("update using_unit set name = 'x' where tenant_id = 'hangzhou'"));
      assertThrows(
          SQLException.class,
          () ->
              c.createStatement()
                  .executeUpdate(
                      "insert into using_unit (tenant_id, name, credit_code, contact, created_at, updated_at)"
                          + " values ('hangzhou', 'x', '91350100M000100Y43', 'c', now(), now())"));
      c.rollback();
    }
  }

  @Test
  @DisplayName(
      "Art. 24, wall 4: the intake's JDBC scope, switched tenant by tenant in one transaction,"
          + " sees and writes the last tenant's rows only")
  void jdbcScopeSwitchedInOneTransactionSeesTheLastTenantOnly() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      RowScope.tenant(c, new TenantId("hangzhou"));
      assertTrue(count(c, "select count(*) from using_unit") >= 1);
      RowScope.tenant(c, new TenantId("ningbo"));
      assertEquals(0, count(c, "select count(*) from using_unit where tenant_id = 'hangzhou'"));
      assertThrows(
          SQLException.class,
          () ->
              c.createStatement()
                  .executeUpdate(
                      "insert into audit_event (tenant_id, occurred_at, actor, action, entity_type)"
                          + " values ('hangzhou', now(), 'x', 'unit.create', 'unit')"));
      c.rollback();
    }
  }

  @Test
  @DisplayName("The audit log is append-only, even for the portal's own database owner")
  void auditIsAppendOnly() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      scope(c, "hangzhou");
      assertThrows(
          SQLException.class, () -> c.createStatement().executeUpdate("delete from audit_event"));
      c.rollback();
    }
  }
}
