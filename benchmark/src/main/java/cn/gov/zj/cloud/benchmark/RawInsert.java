package cn.gov.zj.cloud.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The yardstick of the rating benchmark (Art. 23): the same row as a citizen's rating, inserted
 * straight into PostgreSQL by {@code clients} connections, one autocommitted statement per row, as
 * pgbench with a custom script would; in a copy of the rating table with its indexes and checks but
 * without its foreign keys (which a citizen's rating leaves empty).
 */
final class RawInsert implements AutoCloseable {

  private static final String INSERT =
      "insert into bench_raw_rating (rating_id, tenant_id, kind, service_id, grade, comment,"
          + " rated_at, access_cipher, fingerprint) values (?, ?, 'CITIZEN', ?, ?, ?, ?, ?, ?)";

  private final BlockingQueue<Connection> connections;

  RawInsert(String url, int clients) throws SQLException {
    connections = new ArrayBlockingQueue<>(clients);
    try (Connection db = DriverManager.getConnection(url, "postgres", "");
        Statement sql = db.createStatement()) {
      sql.execute("drop table if exists bench_raw_rating");
      sql.execute("create table bench_raw_rating (like rating including all)");
    }
    for (int i = 0; i < clients; i++) {
      connections.add(DriverManager.getConnection(url, "postgres", ""));
    }
  }

  /** Inserts one row; null, or what went wrong. */
  String insert(int number, long serviceId, String grade) throws Exception {
    Connection db = connections.take();
    try (PreparedStatement insert = db.prepareStatement(INSERT)) {
      insert.setObject(1, UUID.randomUUID());
      insert.setString(2, "hangzhou");
      insert.setLong(3, serviceId);
      insert.setString(4, grade);
      insert.setString(5, "raw " + number);
      insert.setTimestamp(6, Timestamp.from(Instant.now()));
      insert.setBytes(7, new byte[40]);
      insert.setString(8, Integer.toHexString(number));
      return insert.executeUpdate() == 1 ? null : "no row";
    } finally {
      connections.add(db);
    }
  }

  @Override
  public void close() throws SQLException {
    for (Connection db : connections) {
      db.close();
    }
  }
}
