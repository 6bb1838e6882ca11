package cn.gov.zj.cloud.publicportal.persistence;

import cn.gov.zj.cloud.domain.tenant.Tenant;
import cn.gov.zj.cloud.publicportal.tenant.TenantScope;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The public zone's database work: one connection, one transaction, committed when the work
 * returns, rolled back when it throws, so a failure stores nothing. Wall 4: the work of one tenant
 * runs under that tenant's row scope ({@link TenantScope}), set before the work's first query.
 */
@ApplicationScoped
public class Transactions {

  @Resource(lookup = "java:app/jdbc/public")
  private DataSource dataSource;

  /** Work on one connection; it may throw SQL errors. */
  @FunctionalInterface
  public interface Work<T> {
    T on(Connection connection) throws SQLException;
  }

  /** Runs {@code work} on {@code tenant}'s rows only, in its own transaction. */
  public <T> T run(Tenant tenant, String what, Work<T> work) {
    return run(
        what,
        connection -> {
          TenantScope.tenant(connection, tenant.id().value());
          return work.on(connection);
        });
  }

  /** Reads {@code tenant}'s rows only; a transaction too, since the row scope lives in one. */
  public <T> T read(Tenant tenant, String what, Work<T> work) {
    return run(tenant, what, work);
  }

  /**
   * Art. 24: runs the interconnection's cross-tenant {@code work} in {@link TenantScope#channel}.
   */
  public <T> T channel(String what, Work<T> work) {
    return run(
        what,
        connection -> {
          TenantScope.channel(connection);
          return work.on(connection);
        });
  }

  /**
   * Art. 23 (晾晒): reads every tenant's satisfaction counts, and nothing else, in {@link
   * TenantScope#ranking}; read-only.
   */
  public <T> T ranking(String what, Work<T> work) {
    return run(
        what,
        connection -> {
          TenantScope.ranking(connection);
          try (var readOnly = connection.createStatement()) {
            readOnly.execute("set transaction read only");
          }
          return work.on(connection);
        });
  }

  /**
   * Runs {@code work} in its own transaction without a row scope: the work sets one itself through
   * {@link TenantScope} (the batched writers, whose batch holds several tenants); until it does, no
   * tenant row is visible. {@code what} names it in the error.
   */
  public <T> T run(String what, Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        T result = work.on(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot " + what, e);
    }
  }
}
