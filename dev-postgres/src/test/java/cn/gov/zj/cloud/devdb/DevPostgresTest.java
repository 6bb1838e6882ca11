package cn.gov.zj.cloud.devdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The embedded server as the launcher and the container tests use it, on real PostgreSQL. */
class DevPostgresTest {

  private static DevPostgres postgres;

  @BeforeAll
  static void start() {
    postgres =
        DevPostgres.start(
            Path.of(System.getProperty("java.io.tmpdir"), "dev-postgres-test"), 25997, true);
    postgres.ensure(ZoneDatabase.PRIVATE);
    postgres.ensure(ZoneDatabase.PUBLIC);
  }

  @AfterAll
  static void stop() {
    postgres.close();
  }

  private static Connection connect(ZoneDatabase database, String user, String password)
      throws SQLException {
    return DriverManager.getConnection(postgres.jdbcUrl(database), user, password);
  }

  @Test
  @DisplayName("Art. 24: a zone's owner enters its own database with its password, and only then")
  void ownerNeedsPassword() throws SQLException {
    try (Connection own = connect(ZoneDatabase.PRIVATE, "portal_private", "portal_private_dev")) {
      assertTrue(own.isValid(2));
    }
    SQLException wrong =
        assertThrows(
            SQLException.class, () -> connect(ZoneDatabase.PRIVATE, "portal_private", "guess"));
    assertEquals("28P01", wrong.getSQLState());
  }

  @Test
  @DisplayName("Art. 24: the public zone's owner cannot enter the private zone's database")
  void zonesAreSeparate() {
    SQLException refused =
        assertThrows(
            SQLException.class,
            () -> connect(ZoneDatabase.PRIVATE, "portal_public", "portal_public_dev"));
    assertEquals("42501", refused.getSQLState());
  }

  @Test
  @DisplayName("Preparing the zone databases twice changes nothing")
  void ensureIsIdempotent() {
    postgres.ensure(ZoneDatabase.PRIVATE);
    postgres.ensure(ZoneDatabase.PUBLIC);
  }

  @Test
  @DisplayName("fault_databaseRestart: stopped and started again, the server keeps its data")
  void restartKeepsData() throws Exception {
    // not "clean": a clean server deletes its data directory when it stops
    DevPostgres first =
        DevPostgres.start(Files.createTempDirectory("dev-postgres-restart"), 25996, false);
    first.ensure(ZoneDatabase.PUBLIC);
    try (Connection own =
        DriverManager.getConnection(
            first.jdbcUrl(ZoneDatabase.PUBLIC), "portal_public", "portal_public_dev")) {
      own.createStatement().execute("create table kept (n int); insert into kept values (7)");
    }
    first.close();
    assertThrows(
        SQLException.class,
        () ->
            DriverManager.getConnection(
                first.jdbcUrl(ZoneDatabase.PUBLIC), "portal_public", "portal_public_dev"));
    DevPostgres again = first.startAgain();
    try (Connection own =
            DriverManager.getConnection(
                again.jdbcUrl(ZoneDatabase.PUBLIC), "portal_public", "portal_public_dev");
        var rows = own.createStatement().executeQuery("select n from kept")) {
      assertTrue(rows.next());
      assertEquals(7, rows.getInt(1));
    } finally {
      again.close();
    }
  }
}
