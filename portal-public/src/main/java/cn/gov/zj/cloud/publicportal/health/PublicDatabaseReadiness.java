package cn.gov.zj.cloud.publicportal.health;

import cn.gov.zj.cloud.publicportal.persistence.SchemaMigrator;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Art. 24: the public portal takes traffic once its own database answers at the current schema. */
@Readiness
@ApplicationScoped
public class PublicDatabaseReadiness implements HealthCheck {

  static final String NAME = "public-database";

  @Resource(lookup = "java:app/jdbc/public")
  private DataSource dataSource;

  @Inject private SchemaMigrator schema;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named(NAME);
    try (Connection connection = dataSource.getConnection()) {
      boolean answers = connection.isValid(2);
      schema.version().ifPresent(version -> response.withData("schema", version));
      return response.status(answers && schema.version().isPresent()).build();
    } catch (SQLException e) {
      // the state only: the public zone's health must not tell strangers about its database
      return response.down().withData("sqlState", String.valueOf(e.getSQLState())).build();
    }
  }
}
