package cn.gov.zj.cloud.publicportal.interconnect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Art. 24: the public zone's audit record of one message in or out of the interconnection: its type
 * and id, never its personal fields.
 */
final class ZoneAudit {

  private ZoneAudit() {}

  /** This zone queued a submission (see {@link Outbox}). */
  static final String PUBLIC_ZONE = "public-zone";

  /** The private zone delivered a publication, or acknowledged or refused a submission. */
  static final String PRIVATE_ZONE = "private-zone";

  static void record(
      Connection connection,
      String tenant,
      String actor,
      String action,
      String id,
      String detail,
      Instant at)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into audit_event (tenant_id, occurred_at, actor, action, entity_type,"
                + " entity_id, detail) values (?, ?, ?, ?, 'message', ?,"
                + " json_build_object('detail', ?::text)::text)")) {
      insert.setString(1, tenant);
      insert.setTimestamp(2, Timestamp.from(at));
      insert.setString(3, actor);
      insert.setString(4, action);
      insert.setString(5, id);
      insert.setString(6, detail);
      insert.executeUpdate();
    }
  }
}
