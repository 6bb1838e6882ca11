package cn.gov.zj.cloud.publicportal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.feedback.Consultation;
import cn.gov.zj.cloud.domain.interconnect.Message;
import cn.gov.zj.cloud.domain.interconnect.MessageType;
import cn.gov.zj.cloud.domain.interconnect.ZoneKey;
import cn.gov.zj.cloud.domain.tenant.TenantDirectory;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.publicportal.Deployments;
import cn.gov.zj.cloud.publicportal.PublicDatabase;
import cn.gov.zj.cloud.publicportal.consultation.Consultations;
import cn.gov.zj.cloud.publicportal.consultation.Contacts;
import cn.gov.zj.cloud.publicportal.consultation.Receipt;
import cn.gov.zj.cloud.publicportal.interconnect.Inbox;
import cn.gov.zj.cloud.publicportal.interconnect.Outbox;
import cn.gov.zj.cloud.publicportal.interconnect.Peer;
import cn.gov.zj.cloud.publicportal.tenant.TenantScope;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The public zone's audit log, on the portal's own connection: rows go in, never change. */
@ExtendWith(ArquillianExtension.class)
class AuditLogIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.publicPortal().addClasses(Peer.class, PublicDatabase.class);
  }

  @Resource(lookup = "java:app/jdbc/public")
  DataSource dataSource;

  @Inject Consultations consultations;
  @Inject Contacts contacts;
  @Inject Inbox inbox;
  @Inject Outbox outbox;

  @Test
  @DisplayName(
      "Art. 24: the public audit log takes new events but refuses UPDATE, DELETE, TRUNCATE")
  void appendOnly() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      TenantScope.tenant(c, "hangzhou");
      Statement sql = c.createStatement();
      assertEquals(
          1,
          sql.executeUpdate(
              "insert into audit_event (tenant_id, occurred_at, actor, action, entity_type)"
                  + " values ('hangzhou', now(), 'test', 'probe', 'none')"));
      for (String change :
          new String[] {
            "update audit_event set actor = 'someone else'",
            "delete from audit_event",
            "truncate audit_event"
          }) {
        var savepoint = c.setSavepoint();
        assertThrows(SQLException.class, () -> sql.executeUpdate(change), change);
        c.rollback(savepoint);
      }
      c.rollback();
    }
  }

  @Test
  void art24_everyActionAJourneyWritesIsOneOfTheTypedList() throws SQLException {
    Receipt receipt = consult(null);
    Outbox.Pending pending =
        outbox.pending(Outbox.MAX_BATCH).stream()
            .filter(p -> p.text().contains(receipt.trackingNumber().value()))
            .findFirst()
            .orElseThrow();
    outbox.settle(List.of(), Map.of(pending.seq(), "BAD_SIGNATURE"));
    outbox.requeueRefused();
    outbox.settle(List.of(pending.seq()), Map.of());
    String answer =
        Peer.publication(
                MessageType.CONSULTATION_ANSWERED,
                "taizhou",
                Map.of(
                    "trackingNo", receipt.trackingNumber().value(),
                    "reply", "已答复。",
                    "repliedAt", Instant.now().toString()))
            .text();
    String forged =
        Message.signed(
                MessageType.SERVICE_PUBLISHED,
                "taizhou",
                Map.of("serviceId", "9500001", "name", "伪造服务", "listed", "true"),
                Instant.now(),
                ZoneKey.of(ZoneKey.generate()))
            .text();
    inbox.receive(List.of(answer, forged));
    String complaint = consult("13712345678").trackingNumber().value();
    contacts.reveal(
        TenantDirectory.load().find("taizhou").orElseThrow(), complaint, "taizhou.reviewer");
    try (Connection c = dataSource.getConnection()) {
      Set<String> stored = PublicDatabase.values(c, "select distinct action from audit_event");
      for (AuditAction action : AuditAction.values()) {
        assertTrue(stored.contains(action.code()), "the journey wrote " + action.code());
      }
      for (String code : stored) {
        assertTrue(AuditAction.ofCode(code).isPresent(), "not a typed action: " + code);
      }
    }
  }

  private Receipt consult(String contact) {
    Consultation consultation =
        Consultation.from(
            new Consultation.Draft("SUGGESTION", "审计测试", "内容：" + UUID.randomUUID(), contact),
            new Violations());
    return consultations.submit(
        TenantDirectory.load().find("taizhou").orElseThrow(),
        consultation,
        "it-" + UUID.randomUUID());
  }
}
