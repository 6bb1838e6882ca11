package cn.gov.zj.cloud.publicportal.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.feedback.Consultation;
import cn.gov.zj.cloud.domain.feedback.ConsultationCategory;
import cn.gov.zj.cloud.domain.tenant.Tenant;
import cn.gov.zj.cloud.domain.tenant.TenantDirectory;
import cn.gov.zj.cloud.publicportal.Deployments;
import cn.gov.zj.cloud.publicportal.persistence.Transactions;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Art. 23, Art. 24: a complaint's sealed contact is opened only for the private zone's staff who
 * call back, for that one consultation of that tenant, and every opening is audited.
 */
@ExtendWith(ArquillianExtension.class)
class ContactsIT {

  private static final Tenant SHAOXING = TenantDirectory.load().find("shaoxing").orElseThrow();
  private static final Tenant TAIZHOU = TenantDirectory.load().find("taizhou").orElseThrow();

  @Deployment
  static WebArchive deployment() {
    return Deployments.publicPortal();
  }

  @Inject Consultations consultations;
  @Inject Contacts contacts;
  @Inject Transactions transactions;

  private String complaint(Optional<String> contact) {
    Consultation complaint =
        new Consultation(
            ConsultationCategory.COMPLAINT, "窗口态度 " + UUID.randomUUID(), "态度生硬", contact);
    return consultations
        .submit(SHAOXING, complaint, "it-" + UUID.randomUUID())
        .trackingNumber()
        .value();
  }

  @Test
  @DisplayName(
      "Art. 23, Art. 24: the private zone's staff get a complaint's contact to call back; the opening is audited with who asked and which complaint")
  void art23_aContactIsRevealedToCallBackAndAudited() throws Exception {
    String number = complaint(Optional.of("13912345678"));
    assertEquals(
        Optional.of("13912345678"), contacts.reveal(SHAOXING, number, "shaoxing.reviewer"));
    assertEquals(1, audits(SHAOXING, number, "private-zone:shaoxing.reviewer"));
  }

  @Test
  @DisplayName(
      "Art. 23, Art. 24 attack: another tenant's complaint, an unknown number or a complaint without contact reveal nothing and audit nothing")
  void art23_nothingIsRevealedOutsideTheTenantOrWithoutAContact() throws Exception {
    String number = complaint(Optional.of("zhang@example.com"));
    assertTrue(contacts.reveal(TAIZHOU, number, "taizhou.reviewer").isEmpty());
    assertEquals(0, audits(TAIZHOU, number, "private-zone:taizhou.reviewer"));
    assertEquals(0, audits(SHAOXING, number, "private-zone:taizhou.reviewer"));
    String without = complaint(Optional.empty());
    assertTrue(contacts.reveal(SHAOXING, without, "shaoxing.reviewer").isEmpty());
    assertEquals(0, audits(SHAOXING, without, "private-zone:shaoxing.reviewer"));
    assertTrue(contacts.reveal(SHAOXING, "ZX20261207-000000", "shaoxing.reviewer").isEmpty());
  }

  private long audits(Tenant tenant, String number, String actor) {
    return transactions.read(
        tenant,
        "count audits",
        c -> {
          try (PreparedStatement query =
              c.prepareStatement(
                  "select count(*) from audit_event where action = 'consultation.contact-revealed'"
                      + " and entity_id = ? and actor = ?")) {
            query.setString(1, number);
            query.setString(2, actor);
            try (ResultSet row = query.executeQuery()) {
              row.next();
              return row.getLong(1);
            }
          }
        });
  }
}
