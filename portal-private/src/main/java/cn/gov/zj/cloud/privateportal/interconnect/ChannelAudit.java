package cn.gov.zj.cloud.privateportal.interconnect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Art. 24: the private zone's audit records of the messages that came in: received (took effect
 * now), repeated (had taken effect before) or refused (with the reason). Type and id only, never
 * the personal fields.
 */
final class ChannelAudit {

  /** The actor of messages that came from the public zone. */
  static final String ACTOR = "public-zone";

  /** The actor of publications this zone makes on its own (the service directory). */
  static final String PRIVATE = "private-zone";

  private static final String INSERT =
      "insert into audit_event (tenant_id, occurred_at, actor, action, entity_type, entity_id,"
          + " after_state) values (?, ?, ?, ?, 'message', ?, json_build_object('type', ?::text,"
          + " 'detail', ?::text)::text)";

  private ChannelAudit() {}

  static void messages(
      Connection connection, String tenant, List<Intake.Checked> group, Set<UUID> fresh, Instant at)
      throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      for (Intake.Checked checked : group) {
        boolean now = fresh.contains(checked.message().id());
        bind(
            insert,
            tenant,
            now ? "interconnect.received" : "interconnect.repeated",
            checked.message().id(),
            checked.message().type().name(),
            null,
            at);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  static void refused(Connection connection, String tenant, UUID id, String reason, Instant at)
      throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      bind(insert, tenant, "interconnect.refused", id, null, reason, at);
      insert.executeUpdate();
    }
  }

  private static void bind(
      PreparedStatement insert,
      String tenant,
      String action,
      UUID id,
      String type,
      String detail,
      Instant at)
      throws SQLException {
    insert.setString(1, tenant);
    insert.setTimestamp(2, Timestamp.from(at));
    insert.setString(3, ACTOR);
    insert.setString(4, action);
    insert.setString(5, id == null ? null : id.toString());
    insert.setString(6, type);
    insert.setString(
        7, detail == null ? null : detail.substring(0, Math.min(detail.length(), 300)));
  }
}
