package cn.gov.zj.cloud.publicportal.consultation;

import cn.gov.zj.cloud.domain.feedback.ConsultationCategory;
import cn.gov.zj.cloud.domain.feedback.TrackingNumber;
import cn.gov.zj.cloud.domain.tenant.Tenant;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Art. 24: the public zone's audit record of a submission, in its transaction; it names the
 * category and the tracking number, nothing personal.
 */
final class ConsultationAudit {

  private ConsultationAudit() {}

  static void submitted(
      Connection connection,
      Tenant tenant,
      TrackingNumber number,
      ConsultationCategory category,
      Instant at)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into audit_event (tenant_id, occurred_at, actor, action, entity_type,"
                + " entity_id, detail) values (?, ?, 'anonymous', 'consultation.submit',"
                + " 'consultation', ?, ?)")) {
      insert.setString(1, tenant.id().value());
      insert.setTimestamp(2, Timestamp.from(at));
      insert.setString(3, number.value());
      insert.setString(4, "{\"category\":\"" + category.name() + "\"}");
      insert.executeUpdate();
    }
  }
}
