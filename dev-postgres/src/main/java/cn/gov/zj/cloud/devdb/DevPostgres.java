package cn.gov.zj.cloud.devdb;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL server from Maven Central's binaries, for development and tests. Its data
 * directory persists unless asked to start clean, so a stop and a start lose nothing; commits are
 * synchronous (the embedded server's default is not), so an acknowledged change survives a crash.
 */
public final class DevPostgres implements AutoCloseable {

  private final EmbeddedPostgres server;
  private final Path dataDirectory;

  private DevPostgres(EmbeddedPostgres server, Path dataDirectory) {
    this.server = server;
    this.dataDirectory = dataDirectory;
  }

  /** Starts on that port, keeping what the data directory holds unless {@code clean}. */
  public static DevPostgres start(Path dataDirectory, int port, boolean clean) {
    try {
      Files.createDirectories(dataDirectory);
      EmbeddedPostgres server =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDirectory)
              .setCleanDataDirectory(clean)
              .setPort(port)
              .setServerConfig("max_connections", "200")
              .setServerConfig("timezone", "Asia/Shanghai")
              .setServerConfig("synchronous_commit", "on")
              .start();
      requirePasswords(dataDirectory, server);
      return new DevPostgres(server, dataDirectory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the embedded PostgreSQL on port " + port, e);
    }
  }

  /**
   * Art. 24: a zone's owner signs in with its password, so one zone's process cannot pose as the
   * other's owner. Only the local superuser, which this class itself uses, stays trusted.
   */
  private static void requirePasswords(Path dataDirectory, EmbeddedPostgres server)
      throws IOException {
    String rules =
        String.join(
            "\n",
            "# written by DevPostgres: zone owners need their password (Art. 24)",
            "local all postgres trust",
            "host all postgres 127.0.0.1/32 trust",
            "host all postgres ::1/128 trust",
            "local all all scram-sha-256",
            "host all all 127.0.0.1/32 scram-sha-256",
            "host all all ::1/128 scram-sha-256",
            "");
    Files.writeString(dataDirectory.resolve("pg_hba.conf"), rules);
    try (Connection admin = server.getPostgresDatabase().getConnection()) {
      execute(admin, "select pg_reload_conf()");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot reload the access rules", e);
    }
  }

  /**
   * Issue 15, a database restart: after {@link #close()}, the same server again on the same data
   * directory and port, everything it held kept (unless it was started clean: such a server deletes
   * its data directory when it stops); returns once it accepts connections.
   */
  public DevPostgres startAgain() {
    return start(dataDirectory, port(), false);
  }

  public int port() {
    return server.getPort();
  }

  public String jdbcUrl(ZoneDatabase database) {
    return "jdbc:postgresql://localhost:" + port() + "/" + database.name();
  }

  /**
   * Creates the owner (no superuser: row-level security binds it) and its database when missing;
   * only the owner may connect to it (Art. 24). The password goes into SQL, so it must not hold a
   * quote (the development ones do not).
   */
  public void ensure(ZoneDatabase database) {
    if (database.password().contains("'")) {
      throw new IllegalArgumentException("a development password has no quote");
    }
    try (Connection admin = server.getPostgresDatabase().getConnection()) {
      if (!exists(admin, "select 1 from pg_roles where rolname = ?", database.owner())) {
        execute(
            admin,
            "create role "
                + database.owner()
                + " login nosuperuser nocreatedb nocreaterole password '"
                + database.password()
                + "'");
      }
      if (!exists(admin, "select 1 from pg_database where datname = ?", database.name())) {
        execute(
            admin,
            "create database "
                + database.name()
                + " owner "
                + database.owner()
                + " encoding 'UTF8' template template0");
        execute(admin, "revoke all on database " + database.name() + " from public");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot prepare database " + database.name(), e);
    }
  }

  private static boolean exists(Connection connection, String sql, String name)
      throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      query.setString(1, name);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next();
      }
    }
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
