package cn.gov.zj.cloud.publicportal.tenant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;

/**
 * Wall 4, Art. 24: the one place of the public zone that sets the row scope on a database
 * transaction, where the row-level security policies of every tenant table read it (migration
 * {@code V5__row_level_security.sql}). Settings are local to the transaction, so a pooled
 * connection never carries them to the next request; each call replaces the whole scope, so a
 * connection that served one tenant cannot keep another mode on. Without a scope no tenant row is
 * visible.
 *
 * <p>Besides one tenant there are three narrow modes, each cheaper and simpler than grouping the
 * work per tenant: {@link #channel} for the interconnection's pull and settlement, which must read
 * and settle the whole queue in the order it was written, and {@link #locate} for the citizen who
 * holds a tracking number or a rating id but no tenant; and {@link #ranking}, the public ranking's
 * read of every tenant's satisfaction counts and nothing else.
 */
public final class TenantScope {

  private static final String SET =
      "select set_config('app.tenant', ?, true), set_config('app.channel', ?, true),"
          + " set_config('app.lookup', ?, true), set_config('app.ranking', ?, true)";

  private TenantScope() {}

  /** Rows of {@code tenant} only, for reading and writing. */
  public static void tenant(Connection connection, String tenant) throws SQLException {
    set(connection, Objects.requireNonNull(tenant, "tenant"), "", "", "");
  }

  /**
   * Art. 24: the interconnection's mode: the outbox of every tenant is read and settled, and only
   * the channel's own audit records ({@code interconnect.*}) may be added; no consultation, rating
   * or directory row is visible.
   */
  public static void channel(Connection connection) throws SQLException {
    set(connection, "", "on", "", "");
  }

  /**
   * Art. 23 (晾晒): the public ranking's mode: the satisfaction counts of every tenant ({@code
   * satisfaction_count}, migration V7) are readable, nothing else is visible and nothing may be
   * written. The one path across tenants that the public statistics take; counts only.
   */
  public static void ranking(Connection connection) throws SQLException {
    set(connection, "", "", "", "on");
  }

  /**
   * Art. 23: finds the tenant of the one row that {@code key} names (the citizen knows the key, not
   * the tenant) and scopes the transaction to that tenant; empty, with no tenant set, when no row
   * has that key.
   */
  public static Optional<String> locate(Connection connection, Key kind, String key)
      throws SQLException {
    set(connection, "", "", Objects.requireNonNull(key, "key"), "");
    Optional<String> tenant;
    try (PreparedStatement query = connection.prepareStatement(kind.query)) {
      query.setString(1, key);
      try (ResultSet row = query.executeQuery()) {
        tenant = row.next() ? Optional.of(row.getString(1)) : Optional.empty();
      }
    }
    if (tenant.isPresent()) {
      tenant(connection, tenant.get());
    } else {
      set(connection, "", "", "", "");
    }
    return tenant;
  }

  /** The keys a citizen holds instead of a tenant. */
  public enum Key {
    /** Art. 23: a consultation's tracking number. */
    TRACKING_NUMBER("select tenant_id from consultation where tracking_no = ?"),
    /** Art. 23: a rating's id. */
    RATING_ID("select tenant_id from rating where rating_id = cast(? as uuid)");

    private final String query;

    Key(String query) {
      this.query = query;
    }
  }

  private static void set(
      Connection connection, String tenant, String channel, String lookup, String ranking)
      throws SQLException {
    try (PreparedStatement set = connection.prepareStatement(SET)) {
      set.setString(1, tenant);
      set.setString(2, channel);
      set.setString(3, lookup);
      set.setString(4, ranking);
      set.execute();
    }
  }
}
