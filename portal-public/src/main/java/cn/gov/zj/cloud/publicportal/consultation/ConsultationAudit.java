package cn.gov.zj.cloud.publicportal.consultation;

import cn.gov.zj.cloud.domain.feedback.ConsultationCategory;
import cn.gov.zj.cloud.domain.feedback.TrackingNumber;
import cn.gov.zj.cloud.domain.tenant.Tenant;
import cn.gov.zj.cloud.publicportal.audit.AuditAction;
import cn.gov.zj.cloud.publicportal.audit.AuditLog;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;

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
    AuditLog.record(
        connection,
        tenant.id().value(),
        at,
        "anonymous",
        AuditAction.CONSULTATION_SUBMIT,
        "consultation",
        number.value(),
        Map.of("category", category.name()));
  }
}
