package cn.gov.zj.cloud.publicportal.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.publicportal.Deployments;
import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Wall 4, Art. 24 at the public zone's database itself: plain SQL on the portal's own connection,
 * as a query that forgets its {@code where tenant_id} would run, sees and touches only the tenant
 * that {@link TenantScope} set on the transaction.
 */
@ExtendWith(ArquillianExtension.class)
class RowLevelSecurityIT {

  /**
   * Every table of the public zone that holds tenant rows, the counts kept by the triggers on
   * {@code rating} too (Art. 23: the rating written below is a bad review, so both count it).
   */
  private static final List<String> TENANT_TABLES =
      List.of(
          "audit_event",
          "consultation",
          "interconnect_outbox",
          "interconnect_inbox",
          "public_service",
          "rating_invitation",
          "rating",
          "satisfaction_count",
          "rectification_count");

  @Deployment
  static WebArchive deployment() {
    return Deployments.publicPortal();
  }

  @Resource(lookup = "java:app/jdbc/public")
  DataSource dataSource;

  private final String tracking = trackingNumber();
  private final UUID rating = UUID.randomUUID();

  @Test
  void art24_aQueryThatForgetsTheTenantSeesNoRow() throws SQLException {
    try (Connection c = rowsOfTwoTenants()) {
      forget(c);
      for (String table : TENANT_TABLES) {
        assertEquals(0, count(c, "select count(*) from " + table), table);
      }
      c.rollback();
    }
  }

  @Test
  void art24_theNextTransactionOnAPooledConnectionSeesNoRow() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      TenantScope.tenant(c, "quzhou");
      try (PreparedStatement insert =
          c.prepareStatement(
              "insert into public_service (tenant_id, service_id, name, listed, published_at)"
                  + " values ('quzhou', ?, 'rls', false, now())")) {
        insert.setLong(1, System.nanoTime() % 1_000_000_000L);
        insert.executeUpdate();
      }
      c.commit();
      for (String table : TENANT_TABLES) {
        assertEquals(0, count(c, "select count(*) from " + table), table);
      }
      c.rollback();
    }
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      for (String table : TENANT_TABLES) {
        assertEquals(0, count(c, "select count(*) from " + table), table);
      }
    }
  }

  @Test
  void art24_aQueryForTenantANeverSeesARowOfTenantB() throws SQLException {
    try (Connection c = rowsOfTwoTenants()) {
      TenantScope.tenant(c, "quzhou");
      for (String table : TENANT_TABLES) {
        assertTrue(count(c, "select count(*) from " + table) >= 1, table + " of quzhou");
        assertEquals(
            0, count(c, "select count(*) from " + table + " where tenant_id <> 'quzhou'"), table);
      }
      c.rollback();
    }
  }

  @Test
  void art24_anInsertForAnotherTenantThanTheOneSetIsRefused() throws SQLException {
    try (Connection c = rowsOfTwoTenants()) {
      TenantScope.tenant(c, "zhoushan");
      Savepoint clean = c.setSavepoint();
      assertThrows(
          SQLException.class,
          () -> rowsOf(c, "quzhou", "ZX20261207-000001", UUID.randomUUID()),
          "rows of quzhou under zhoushan's scope");
      c.rollback(clean);
      assertThrows(SQLException.class, () -> audit(c, "quzhou", "consultation.submit"));
      c.rollback();
    }
  }

  @Test
  void art24_anUpdateOfAnotherTenantsRowsChangesNothing() throws SQLException {
    try (Connection c = rowsOfTwoTenants()) {
      TenantScope.tenant(c, "zhoushan");
      assertEquals(0, update(c, "update consultation set status = 'ANSWERED'", tracking));
      assertEquals(0, update(c, "update rating set response = 'x'", rating.toString()));
      c.rollback();
    }
  }

  @Test
  void art24_theChannelSeesEveryTenantsQueueButNoCitizensData() throws SQLException {
    try (Connection c = rowsOfTwoTenants()) {
      TenantScope.channel(c);
      assertTrue(
          count(c, "select count(distinct tenant_id) from interconnect_outbox") >= 2,
          "the queue of every tenant");
      for (String table : List.of("consultation", "rating", "public_service", "audit_event")) {
        assertEquals(0, count(c, "select count(*) from " + table), table);
      }
      audit(c, "quzhou", "interconnect.acked");
      assertThrows(SQLException.class, () -> audit(c, "quzhou", "consultation.submit"));
      c.rollback();
    }
  }

  @Test
  void art23_aCitizensKeyFindsItsOwnRowAndNoOther() throws SQLException {
    try (Connection c = rowsOfTwoTenants()) {
      forget(c);
      assertEquals(
          Optional.of("quzhou"), TenantScope.locate(c, TenantScope.Key.TRACKING_NUMBER, tracking));
      assertEquals(0, count(c, "select count(*) from consultation where tenant_id <> 'quzhou'"));
      assertEquals(
          Optional.of("quzhou"),
          TenantScope.locate(c, TenantScope.Key.RATING_ID, rating.toString()));
      assertEquals(
          Optional.empty(),
          TenantScope.locate(c, TenantScope.Key.RATING_ID, UUID.randomUUID().toString()));
      for (String table : TENANT_TABLES) {
        assertEquals(0, count(c, "select count(*) from " + table), "after a vain lookup: " + table);
      }
      c.rollback();
    }
  }

  /**
   * A transaction holding a row of two tenants in every tenant table, as the portal would write
   * them; the test rolls it back, so that no other test meets these rows.
   */
  private Connection rowsOfTwoTenants() throws SQLException {
    Connection c = dataSource.getConnection();
    c.setAutoCommit(false);
    TenantScope.tenant(c, "quzhou");
    rowsOf(c, "quzhou", tracking, rating);
    TenantScope.tenant(c, "zhoushan");
    rowsOf(c, "zhoushan", trackingNumber(), UUID.randomUUID());
    return c;
  }

  /** What a query runs under when nobody set a scope: every setting empty. */
  private static void forget(Connection c) throws SQLException {
    c.createStatement()
        .execute(
            "select set_config('app.tenant', '', true), set_config('app.channel', '', true),"
                + " set_config('app.lookup', '', true)");
  }

  private static String trackingNumber() {
    return "ZX20261207-" + (100_000 + (int) (Math.random() * 899_999));
  }

  private static void rowsOf(Connection c, String tenant, String trackingNo, UUID ratingId)
      throws SQLException {
    long service = System.nanoTime() % 1_000_000_000L;
    UUID message = UUID.randomUUID();
    String[] inserts = {
      "insert into public_service (tenant_id, service_id, name, listed, published_at)"
          + " values (?1, "
          + service
          + ", 'rls', true, now())",
      "insert into consultation (message_id, tenant_id, tracking_no, query_code_cipher, category,"
          + " subject, content, submitted_at, fingerprint) values ('"
          + UUID.randomUUID()
          + "', ?1,"
          + " '"
          + trackingNo
          + "', 'x', 'CONSULTATION', 's', 'c', now(), repeat('0', 64))",
      "insert into interconnect_outbox (message_id, type, tenant_id, body, created_at)"
          + " values ('"
          + message
          + "', 'CONSULTATION_SUBMITTED', ?1, 'b', now())",
      "insert into interconnect_inbox (message_id, type, tenant_id, created_at, received_at)"
          + " values ('"
          + UUID.randomUUID()
          + "', 'SERVICE_PUBLISHED', ?1, now(), now())",
      "insert into rating_invitation (invitation_id, tenant_id, event, application_id, unit_code,"
          + " token_hash, occurred_at, received_at) values ('"
          + UUID.randomUUID()
          + "', ?1,"
          + " 'reclaim', 1, '913300001234567890', '"
          + UUID.randomUUID()
          + UUID.randomUUID()
          + "'::varchar(64), now(), now())",
      "insert into rating (rating_id, tenant_id, kind, service_id, grade, rated_at, access_cipher,"
          + " fingerprint) values ('"
          + (ratingId == null ? UUID.randomUUID() : ratingId)
          + "',"
          + " ?1, 'CITIZEN', "
          + service
          + ", 'DISSATISFIED', now(), 'x', repeat('0', 64))"
    };
    for (String insert : inserts) {
      try (PreparedStatement statement = c.prepareStatement(insert.replace("?1", "?"))) {
        statement.setString(1, tenant);
        statement.executeUpdate();
      }
    }
    audit(c, tenant, "interconnect.queued");
  }

  private static void audit(Connection c, String tenant, String action) throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "insert into audit_event (tenant_id, occurred_at, actor, action, entity_type)"
                + " values (?, now(), 'rls-test', ?, 'message')")) {
      insert.setString(1, tenant);
      insert.setString(2, action);
      insert.executeUpdate();
    }
  }

  private static long update(Connection c, String update, String key) throws SQLException {
    String where =
        update.startsWith("update consultation")
            ? " where tracking_no = ?"
            : " where rating_id::text = ?";
    try (PreparedStatement statement = c.prepareStatement(update + where)) {
      statement.setString(1, key);
      return statement.executeUpdate();
    }
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (PreparedStatement query = c.prepareStatement(sql);
        ResultSet row = query.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }
}
