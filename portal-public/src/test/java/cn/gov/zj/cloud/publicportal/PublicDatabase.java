package cn.gov.zj.cloud.publicportal;

import cn.gov.zj.cloud.domain.feedback.InvitationToken;
import cn.gov.zj.cloud.domain.tenant.Tenant;
import cn.gov.zj.cloud.domain.tenant.TenantDirectory;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The public zone's test database, reached as the portal reaches it (the {@code ZJ_*} variables
 * that failsafe sets): what the private zone would have published, put in place for a test.
 */
public final class PublicDatabase {

  private static final AtomicLong IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

  private PublicDatabase() {}

  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://"
            + System.getenv("ZJ_DB_HOST")
            + ":"
            + System.getenv("ZJ_DB_PORT")
            + "/"
            + System.getenv("ZJ_PUBLIC_DB_NAME"),
        System.getenv("ZJ_PUBLIC_DB_USER"),
        System.getenv("ZJ_PUBLIC_DB_PASSWORD"));
  }

  /** Art. 23: a listed service in the tenant's public directory; its new id. */
  public static long listedService(String tenant, String name, String unit) throws SQLException {
    long id = IDS.incrementAndGet();
    try (Connection c = connect()) {
      c.setAutoCommit(false);
      scope(c, tenant);
      try (PreparedStatement insert =
          c.prepareStatement(
              "insert into public_service (tenant_id, service_id, name, unit_name, description,"
                  + " listed, published_at) values (?, ?, ?, ?, ?, true, now())")) {
        insert.setString(1, tenant);
        insert.setLong(2, id);
        insert.setString(3, name);
        insert.setString(4, unit);
        insert.setString(5, "办理 " + name + " 的在线服务");
        insert.executeUpdate();
      }
      c.commit();
    }
    return id;
  }

  /** Art. 23: an invitation to rate a provider event; the one-time link's token. */
  public static String invitation(String tenant, String event, long applicationId)
      throws SQLException {
    InvitationToken token = InvitationToken.next(new SecureRandom());
    try (Connection c = connect()) {
      c.setAutoCommit(false);
      scope(c, tenant);
      try (PreparedStatement insert =
          c.prepareStatement(
              "insert into rating_invitation (invitation_id, tenant_id, event, application_id,"
                  + " unit_code, token_hash, occurred_at, received_at)"
                  + " values (?, ?, ?, ?, '913300001234567890', ?, ?, now())")) {
        insert.setObject(1, UUID.randomUUID());
        insert.setString(2, tenant);
        insert.setString(3, event);
        insert.setLong(4, applicationId);
        insert.setString(5, token.hash());
        insert.setTimestamp(6, Timestamp.from(Instant.parse("2026-11-20T02:30:00Z")));
        insert.executeUpdate();
      }
      c.commit();
    }
    return token.value();
  }

  /**
   * Art. 23: the response to a DISSATISFIED rating, as the private zone publishes it; the rating
   * named by its receipt number (or its internal id).
   */
  public static void respond(String receipt, String response) throws SQLException {
    try (Connection c = connect()) {
      everyTenant(
          c,
          "update rating set response = ?, responded_at = now(), called_back_at = now()"
              + " where rating_id::text = ? or receipt_no = ?",
          response,
          receipt,
          receipt);
    }
  }

  /** How many rows {@code sql} (one {@code ?} per argument) counts, in all tenants together. */
  public static long count(String sql, Object... arguments) throws SQLException {
    try (Connection c = connect()) {
      return count(c, sql, arguments);
    }
  }

  /**
   * How many rows {@code sql} counts on {@code c}, in all tenants together: wall 4 shows a query
   * one tenant's rows at a time, so it runs once under each tenant's row scope.
   */
  public static long count(Connection c, String sql, Object... arguments) throws SQLException {
    return everyTenant(c, sql, arguments);
  }

  /**
   * The values of the first column that {@code sql} answers on {@code c}, in all tenants together.
   */
  public static Set<String> values(Connection c, String sql) throws SQLException {
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(false);
    Set<String> values = new TreeSet<>();
    try (PreparedStatement query = c.prepareStatement(sql)) {
      for (Tenant tenant : TenantDirectory.load().all()) {
        scope(c, tenant.id().value());
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            values.add(rows.getString(1));
          }
        }
      }
      c.commit();
    } finally {
      c.setAutoCommit(autoCommit);
    }
    return values;
  }

  /** Runs {@code sql} under each tenant's row scope; the sum of its counts or updated rows. */
  private static long everyTenant(Connection c, String sql, Object... arguments)
      throws SQLException {
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(false);
    long sum = 0;
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      for (Tenant tenant : TenantDirectory.load().all()) {
        scope(c, tenant.id().value());
        for (int i = 0; i < arguments.length; i++) {
          statement.setObject(i + 1, arguments[i]);
        }
        if (statement.execute()) {
          try (ResultSet row = statement.getResultSet()) {
            row.next();
            sum += row.getLong(1);
          }
        } else {
          sum += statement.getUpdateCount();
        }
      }
      c.commit();
    } finally {
      c.setAutoCommit(autoCommit);
    }
    return sum;
  }

  /** Wall 4: the tenant whose rows the transaction sees, as the portal's TenantScope sets it. */
  public static void scope(Connection c, String tenant) throws SQLException {
    try (PreparedStatement set = c.prepareStatement("select set_config('app.tenant', ?, true)")) {
      set.setString(1, tenant);
      set.execute();
    }
  }
}
