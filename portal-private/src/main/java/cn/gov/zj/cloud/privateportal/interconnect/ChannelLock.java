package cn.gov.zj.cloud.privateportal.interconnect;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Art. 24: one exchange at a time across every instance of the private portal. The exchange holds a
 * PostgreSQL session lock on a connection of its own; a second instance finds it taken and skips
 * its turn. The lock goes with the session, so a crashed instance holds nothing.
 */
@ApplicationScoped
public class ChannelLock {

  /** The lock's key: "zj-interconnect" in ASCII, folded into a bigint. */
  static final long KEY = 0x7a6a2d6368616eL;

  @Resource(lookup = "java:app/jdbc/private")
  private DataSource dataSource;

  /** Takes the lock if it is free; the caller closes what it gets back, which releases it. */
  public Held tryHold() {
    try {
      Connection connection = dataSource.getConnection();
      try {
        if (call(connection, "select pg_try_advisory_lock(?)")) {
          return new Held(connection);
        }
        connection.close();
        return null;
      } catch (SQLException | RuntimeException e) {
        connection.close();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot take the interconnection's lock", e);
    }
  }

  private static boolean call(Connection connection, String sql) throws SQLException {
    try (PreparedStatement lock = connection.prepareStatement(sql)) {
      lock.setLong(1, KEY);
      try (ResultSet row = lock.executeQuery()) {
        return row.next() && row.getBoolean(1);
      }
    }
  }

  /** The lock held on its connection until closed. */
  public static final class Held implements AutoCloseable {

    private final Connection connection;

    private Held(Connection connection) {
      this.connection = connection;
    }

    @Override
    public void close() {
      try (connection) {
        call(connection, "select pg_advisory_unlock(?)");
      } catch (SQLException e) {
        throw new IllegalStateException("cannot release the interconnection's lock", e);
      }
    }
  }
}
