package cn.gov.zj.cloud.publicportal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The public zone's database work: one connection, one transaction, committed when the work
 * returns, rolled back when it throws, so a failure stores nothing.
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

  /** Runs {@code work} in its own transaction; {@code what} names it in the error. */
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

  /** Runs read-only {@code work} on a connection of its own, without a transaction of its own. */
  public <T> T read(String what, Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      return work.on(connection);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot " + what, e);
    }
  }
}
