package cn.gov.zj.cloud.publicportal.interconnect;

import cn.gov.zj.cloud.publicportal.audit.AuditAction;
import cn.gov.zj.cloud.publicportal.audit.AuditLog;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collections;

/**
 * Art. 24: the public zone's audit record of one message in or out of the interconnection: its type
 * and id, never its personal fields; written by the zone's one {@link AuditLog}.
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
      AuditAction action,
      String id,
      String detail,
      Instant at)
      throws SQLException {
    AuditLog.record(
        connection,
        tenant,
        at,
        actor,
        action,
        "message",
        id,
        Collections.singletonMap("detail", detail));
  }
}
