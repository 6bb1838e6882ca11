package cn.gov.zj.cloud.privateportal.audit;

import static cn.gov.zj.cloud.privateportal.Deployments.actAs;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.privateportal.Deployments;
import cn.gov.zj.cloud.privateportal.registry.Units;
import cn.gov.zj.cloud.privateportal.registry.UsingUnit;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The private zone's audit trail holds typed actions only: whatever the journeys of this suite
 * wrote (through JPA or the batched JDBC writers) is one of {@link AuditAction}'s codes.
 */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @Inject HttpServletRequest request;
  @Inject Units units;

  @Resource(lookup = "java:app/jdbc/private")
  DataSource dataSource;

  @Test
  void art24_everyActionAJourneyWritesIsOneOfTheTypedList() throws SQLException {
    actAs(request, "jinhua", null, Role.TENANT_ADMIN);
    UsingUnit unit =
        units.create("金华市审计测试局", Deployments.freshCreditCode("12330700"), "0579-88888888");
    units.update(unit.getId(), "金华市审计测试局（更名）", unit.getCreditCode(), "0579-88888888");
    Set<String> stored = storedActions();
    assertTrue(stored.contains(AuditAction.UNIT_CREATE.code()), stored.toString());
    assertTrue(stored.contains(AuditAction.UNIT_UPDATE.code()), stored.toString());
    for (String code : stored) {
      assertTrue(AuditAction.ofCode(code).isPresent(), "not a typed action: " + code);
    }
  }

  /** Every action in the log, of every tenant, read as the province's oversight reads (Art. 4). */
  private Set<String> storedActions() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      c.createStatement().execute("select set_config('app.oversight', 'on', true)");
      Set<String> actions = new HashSet<>();
      try (ResultSet rows =
          c.createStatement().executeQuery("select distinct action from audit_event")) {
        while (rows.next()) {
          actions.add(rows.getString(1));
        }
      }
      c.rollback();
      return actions;
    }
  }
}
