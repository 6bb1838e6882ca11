package cn.gov.zj.cloud.publicportal.consultation;

import cn.gov.zj.cloud.domain.tenant.Tenant;
import cn.gov.zj.cloud.publicportal.audit.AuditAction;
import cn.gov.zj.cloud.publicportal.audit.AuditLog;
import cn.gov.zj.cloud.publicportal.persistence.Transactions;
import cn.gov.zj.cloud.publicportal.security.SecretBox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Art. 23, Art. 24: the contact a submitter left with a consultation stays sealed in this zone
 * ({@code ZJ_PUBLIC_CONTACT_KEY}); the private zone has only the masked form. When its staff call
 * back about a complaint, the private zone asks for it through the interconnection: it is opened
 * here for that one consultation and the opening is audited in the same transaction (who asked,
 * when, which consultation), in this zone as in the private one.
 */
@ApplicationScoped
public class Contacts {

  @Inject private Transactions transactions;
  @Inject private SecretBox box;

  /** The contact of {@code trackingNo} in {@code tenant}; empty when there is none. */
  public Optional<String> reveal(Tenant tenant, String trackingNo, String revealedBy) {
    return transactions.run(
        tenant,
        "reveal a contact",
        connection -> {
          Optional<String> contact;
          try (PreparedStatement query =
              connection.prepareStatement(
                  "select contact_cipher from consultation where tenant_id = ?"
                      + " and tracking_no = ? and contact_cipher is not null")) {
            query.setString(1, tenant.id().value());
            query.setString(2, trackingNo);
            try (ResultSet row = query.executeQuery()) {
              contact = row.next() ? Optional.of(box.open(row.getBytes(1))) : Optional.empty();
            }
          }
          if (contact.isPresent()) {
            AuditLog.record(
                connection,
                tenant.id().value(),
                Instant.now(),
                "private-zone:" + revealedBy,
                AuditAction.CONSULTATION_CONTACT_REVEALED,
                "consultation",
                trackingNo,
                Map.of());
          }
          return contact;
        });
  }
}
