package cn.gov.zj.cloud.privateportal.health;

import cn.gov.zj.cloud.privateportal.persistence.SchemaMigrator;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the private zone's database answers and its schema is migrated. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Resource(lookup = "java:app/jdbc/private")
  private DataSource dataSource;

  @Inject private SchemaMigrator migrator;

  @Override
  public HealthCheckResponse call() {
    try (Connection connection = dataSource.getConnection()) {
      boolean up = connection.isValid(2) && migrator.isMigrated();
      return HealthCheckResponse.named("private-database").status(up).build();
    } catch (SQLException e) {
      return HealthCheckResponse.named("private-database")
          .down()
          .withData("error", e.getMessage())
          .build();
    }
  }
}
