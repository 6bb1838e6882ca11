package cn.gov.zj.cloud.publicportal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.gov.zj.cloud.publicportal.Deployments;
import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The public zone's audit log, on the portal's own connection: rows go in, never change. */
@ExtendWith(ArquillianExtension.class)
class AuditLogIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.publicPortal();
  }

  @Resource(lookup = "java:app/jdbc/public")
  DataSource dataSource;

  @Test
  @DisplayName(
      "Art. 24: the public audit log takes new events but refuses UPDATE, DELETE, TRUNCATE")
  void appendOnly() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      Statement sql = c.createStatement();
      assertEquals(
          1,
          sql.executeUpdate(
              "insert into audit_event (tenant_id, occurred_at, actor, action, entity_type)"
                  + " values ('hangzhou', now(), 'test', 'probe', 'none')"));
      for (String change :
          new String[] {
            "update audit_event set actor = 'someone else'",
            "delete from audit_event",
            "truncate audit_event"
          }) {
        var savepoint = c.setSavepoint();
        assertThrows(SQLException.class, () -> sql.executeUpdate(change), change);
        c.rollback(savepoint);
      }
      c.rollback();
    }
  }
}
