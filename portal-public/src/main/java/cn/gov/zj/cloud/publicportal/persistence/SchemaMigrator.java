package cn.gov.zj.cloud.publicportal.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Migrates the public zone's database at boot, before the portal serves anything. Flyway manages
 * its own transactions, hence none from the container.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigrator {

  @Resource(lookup = "java:app/jdbc/public")
  private DataSource dataSource;

  private volatile String version;

  @PostConstruct
  void migrate() {
    Flyway flyway =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load();
    version = String.valueOf(flyway.migrate().targetSchemaVersion);
    Logger.getLogger(SchemaMigrator.class.getName()).info("public schema at version " + version);
  }

  /** The schema version once migrated; empty before. */
  public Optional<String> version() {
    return Optional.ofNullable(version);
  }
}
