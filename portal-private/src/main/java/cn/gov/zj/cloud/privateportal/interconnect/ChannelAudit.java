package cn.gov.zj.cloud.privateportal.interconnect;

import cn.gov.zj.cloud.privateportal.audit.AuditAction;
import cn.gov.zj.cloud.privateportal.audit.AuditLog;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Art. 24: the private zone's audit records of the messages that came in: received (took effect
 * now), repeated (had taken effect before) or refused (with the reason). Type and id only, never
 * the personal fields; written by the zone's one {@link AuditLog}, in JDBC batches.
 */
final class ChannelAudit {

  /** The actor of messages that came from the public zone. */
  static final String ACTOR = "public-zone";

  /** The actor of publications this zone makes on its own (the service directory). */
  static final String PRIVATE = "private-zone";

  private ChannelAudit() {}

  static void messages(
      Connection connection, String tenant, List<Intake.Checked> group, Set<UUID> fresh, Instant at)
      throws SQLException {
    try (AuditLog.Batch batch = AuditLog.batch(connection)) {
      for (Intake.Checked checked : group) {
        UUID id = checked.message().id();
        AuditAction action =
            fresh.contains(id)
                ? AuditAction.INTERCONNECT_RECEIVED
                : AuditAction.INTERCONNECT_REPEATED;
        batch.add(
            tenant,
            at,
            ACTOR,
            action,
            "message",
            id,
            null,
            after(checked.message().type().name(), null));
      }
      batch.flush();
    }
  }

  static void refused(Connection connection, String tenant, UUID id, String reason, Instant at)
      throws SQLException {
    try (AuditLog.Batch batch = AuditLog.batch(connection)) {
      String detail = reason == null ? null : reason.substring(0, Math.min(reason.length(), 300));
      batch
          .add(
              tenant,
              at,
              ACTOR,
              AuditAction.INTERCONNECT_REFUSED,
              "message",
              id,
              null,
              after(null, detail))
          .flush();
    }
  }

  /** The message's type and the detail, both kept when null, as the records always had them. */
  private static Map<String, Object> after(String type, String detail) {
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("type", type);
    after.put("detail", detail);
    return after;
  }
}
