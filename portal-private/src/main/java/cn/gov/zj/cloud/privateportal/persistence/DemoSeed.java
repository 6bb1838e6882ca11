package cn.gov.zj.cloud.privateportal.persistence;

import cn.gov.zj.cloud.domain.demo.DemoUnit;
import cn.gov.zj.cloud.domain.tenant.Tenant;
import cn.gov.zj.cloud.domain.tenant.TenantDirectory;
import cn.gov.zj.cloud.domain.terms.TermsOfUse;
import cn.gov.zj.cloud.privateportal.fault.DemoFaults;
import cn.gov.zj.cloud.privateportal.showback.DemoPrices;
import cn.gov.zj.cloud.privateportal.tenant.RowScope;
import cn.gov.zj.cloud.privateportal.usage.DemoUsage;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * Development only ({@code ZJ_DEMO=true}): seeds each tenant's demo unit, to which the demo users
 * of that tenant's realm belong, with a system in production and three months of its usage (Art.
 * 15: reports to read at once), a few of its faults in every state (Art. 13) and its acceptance of
 * the terms of lawful use (Art. 16). Rows are written under each tenant's own row-level security.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoSeed {

  @Resource(lookup = "java:app/jdbc/private")
  private DataSource dataSource;

  @Inject private Clock clock;

  @PostConstruct
  void seed() {
    if (!Boolean.parseBoolean(System.getenv("ZJ_DEMO"))) {
      return;
    }
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      DemoPrices.seed(connection, clock.instant());
      for (Tenant tenant : TenantDirectory.load().all()) {
        seedTenant(connection, tenant, clock.instant());
      }
      connection.commit();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot seed the demo units", e);
    }
  }

  /** Art. 13, 15, 16: besides the unit, a system in production with its usage and faults. */
  private static void seedTenant(Connection connection, Tenant tenant, Instant now)
      throws SQLException {
    DemoUnit unit = DemoUnit.of(tenant);
    RowScope.tenant(connection, tenant.id());
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into using_unit (tenant_id, name, credit_code, contact, created_at, updated_at)"
                + " values (?, ?, ?, ?, now(), now()) on conflict (tenant_id, credit_code) do nothing")) {
      insert.setString(1, tenant.id().value());
      insert.setString(2, unit.nameZh());
      insert.setString(3, unit.creditCode().value());
      insert.setString(4, unit.contact());
      insert.executeUpdate();
    }
    try (PreparedStatement select =
        connection.prepareStatement(
            "select id from using_unit where tenant_id = ? and credit_code = ?")) {
      select.setString(1, tenant.id().value());
      select.setString(2, unit.creditCode().value());
      try (ResultSet row = select.executeQuery()) {
        row.next();
        DemoUsage.seed(connection, tenant.id(), row.getLong(1), now);
        DemoFaults.seed(connection, tenant.id(), row.getLong(1), DemoUsage.SYSTEM, now);
        acceptTerms(connection, tenant, row.getLong(1), now);
      }
    }
  }

  /**
   * Art. 16: the demo unit has accepted the terms in force (by its demo applicant), so that the
   * demo's journeys apply at once; a new version is accepted at the next start.
   */
  private static void acceptTerms(Connection connection, Tenant tenant, long unitId, Instant now)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into terms_acceptance (tenant_id, unit_id, version, accepted_by, accepted_at)"
                + " values (?, ?, ?, ?, ?) on conflict (tenant_id, unit_id, version) do nothing")) {
      insert.setString(1, tenant.id().value());
      insert.setLong(2, unitId);
      insert.setString(3, TermsOfUse.CURRENT.version());
      insert.setString(4, tenant.id().value() + ".unit-applicant");
      insert.setTimestamp(5, java.sql.Timestamp.from(now));
      insert.executeUpdate();
    }
  }
}
