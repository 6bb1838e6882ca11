package cn.gov.zj.cloud.publicportal.audit;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

/**
 * Art. 24: the public zone's one writer of its append-only audit log ({@code audit_event}), with
 * the typed actions of {@link AuditAction}. Everything here is JDBC, in the caller's transaction
 * and row scope, so a change and its record commit or fail together: one record at a time, or, for
 * the batched writers, one record for every row a data-changing statement returns, in the same
 * round trip.
 */
public final class AuditLog {

  private static final String COLUMNS =
      "audit_event (tenant_id, occurred_at, actor, action, entity_type, entity_id, detail)";

  private AuditLog() {}

  /** Records one event; {@code detail} (names and values, nothing personal) becomes JSON. */
  public static void record(
      Connection connection,
      String tenant,
      Instant at,
      String actor,
      AuditAction action,
      String entityType,
      String entityId,
      Map<String, String> detail)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement("insert into " + COLUMNS + " values (?, ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, tenant);
      insert.setTimestamp(2, Timestamp.from(at));
      insert.setString(3, actor);
      insert.setString(4, action.code());
      insert.setString(5, entityType);
      insert.setString(6, entityId);
      insert.setString(7, json(detail));
      insert.executeUpdate();
    }
  }

  /**
   * The statement that records {@code action} for every message that the data-changing statement
   * {@code rows} (a {@code with} query's name, with the columns {@code tenant_id} and {@code
   * message_id}) returns: {@code at}, {@code actor} and {@code detail} are SQL expressions over
   * those rows or parameters. Prefix it with the {@code with} clause.
   */
  public static String messagesOf(
      String rows, AuditAction action, String at, String actor, String detail) {
    return " insert into "
        + COLUMNS
        + " select tenant_id, "
        + at
        + ", "
        + actor
        + ", '"
        + action.code()
        + "', 'message', message_id::text, "
        + detail
        + " from "
        + rows;
  }

  private static String json(Map<String, String> detail) {
    if (detail == null) {
      return null;
    }
    JsonObjectBuilder json = Json.createObjectBuilder();
    detail.forEach(
        (name, value) -> {
          if (value == null) {
            json.addNull(name);
          } else {
            json.add(name, value);
          }
        });
    return json.build().toString();
  }
}
