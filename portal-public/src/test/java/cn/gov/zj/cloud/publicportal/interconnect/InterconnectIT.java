package cn.gov.zj.cloud.publicportal.interconnect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.feedback.Consultation;
import cn.gov.zj.cloud.domain.interconnect.Message;
import cn.gov.zj.cloud.domain.interconnect.MessageType;
import cn.gov.zj.cloud.domain.interconnect.ZoneKey;
import cn.gov.zj.cloud.domain.tenant.Tenant;
import cn.gov.zj.cloud.domain.tenant.TenantDirectory;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.publicportal.Deployments;
import cn.gov.zj.cloud.publicportal.PublicDatabase;
import cn.gov.zj.cloud.publicportal.consultation.Consultations;
import cn.gov.zj.cloud.publicportal.consultation.Receipt;
import cn.gov.zj.cloud.publicportal.service.ServiceDirectory;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Art. 24: the public side of the interconnection on the real database, inside Payara Micro:
 * publications take effect once and only when the private zone signed them; submissions wait,
 * signed, until the private zone acknowledges or refuses them.
 */
@ExtendWith(ArquillianExtension.class)
class InterconnectIT {

  private static final Tenant WENZHOU = TenantDirectory.load().find("wenzhou").orElseThrow();

  @Deployment
  static WebArchive deployment() {
    return Deployments.publicPortal().addClasses(Peer.class, PublicDatabase.class);
  }

  @Inject Inbox inbox;
  @Inject Outbox outbox;
  @Inject Consultations consultations;
  @Inject ServiceDirectory directory;

  @Resource(lookup = "java:app/jdbc/public")
  DataSource dataSource;

  @Test
  void art24_aPublicationTakesEffectOnceHoweverOftenItIsDelivered() throws SQLException {
    Message service = service(9_100_001L, "温州市民卡服务");
    List<Inbox.Delivery> outcomes = inbox.receive(List.of(service.text(), service.text()));
    assertEquals(Inbox.Delivery.Outcome.ACCEPTED, outcomes.get(0).outcome());
    assertEquals(Inbox.Delivery.Outcome.DUPLICATE, outcomes.get(1).outcome());
    assertEquals(1, directory.listed(WENZHOU, "温州市民卡", 0, 20).total());
    assertEquals(
        Inbox.Delivery.Outcome.DUPLICATE, inbox.receive(List.of(service.text())).get(0).outcome());
    assertEquals(1, audits("interconnect.received", service.id().toString()));
  }

  @Test
  void art24_aBatchOfTwoTenantsPublicationsTakesEffectInEachTenantOnly() throws SQLException {
    Tenant shaoxing = TenantDirectory.load().find("shaoxing").orElseThrow();
    Message wenzhou = service(9_100_010L, "温州批量互通服务");
    Message other =
        Peer.publication(
            MessageType.SERVICE_PUBLISHED,
            "shaoxing",
            Map.of("serviceId", "9100011", "name", "绍兴批量互通服务", "listed", "true"));
    List<Inbox.Delivery> outcomes = inbox.receive(List.of(wenzhou.text(), other.text()));
    assertEquals(Inbox.Delivery.Outcome.ACCEPTED, outcomes.get(0).outcome());
    assertEquals(Inbox.Delivery.Outcome.ACCEPTED, outcomes.get(1).outcome());
    assertEquals(1, directory.listed(WENZHOU, "温州批量互通", 0, 20).total());
    assertEquals(1, directory.listed(shaoxing, "绍兴批量互通", 0, 20).total());
    assertEquals(0, directory.listed(WENZHOU, "绍兴批量互通", 0, 20).total());
    assertEquals(0, directory.listed(shaoxing, "温州批量互通", 0, 20).total());
  }

  @Test
  void art24_anAlteredPublicationIsRefusedLoggedAndChangesNothing() throws SQLException {
    Message service = service(9_100_002L, "温州公积金查询");
    String altered = service.text().replace("f.listed=true", "f.listed=fals");
    Inbox.Delivery refused = inbox.receive(List.of(altered)).get(0);
    assertEquals(Inbox.Delivery.Outcome.REFUSED, refused.outcome());
    assertEquals(0, directory.listed(WENZHOU, "温州公积金", 0, 20).total());
    assertEquals(1, audits("interconnect.refused", service.id().toString()));
  }

  @Test
  void art24_aPublicationSignedByAnyOtherKeyIsRefused() {
    Message forged =
        Message.signed(
            MessageType.SERVICE_PUBLISHED,
            "wenzhou",
            Map.of("serviceId", "9100003", "name", "伪造服务", "listed", "true"),
            Instant.now(),
            ZoneKey.of(ZoneKey.generate()));
    Inbox.Delivery refused = inbox.receive(List.of(forged.text())).get(0);
    assertEquals("BAD_SIGNATURE", refused.reason());
    assertEquals(0, directory.listed(WENZHOU, "伪造", 0, 20).total());
  }

  @Test
  void art24_aSubmissionWaitsSignedUntilThePrivateZoneAcknowledgesIt() throws SQLException {
    Receipt receipt = consult("互通测试：确认前保留");
    Outbox.Pending pending = pendingFor(receipt);
    Message message = Peer.read(pending.text());
    assertEquals(MessageType.CONSULTATION_SUBMITTED, message.type());
    assertEquals(receipt.trackingNumber().value(), message.field("trackingNo"));
    assertTrue(
        outbox.pending(Outbox.MAX_BATCH).stream().anyMatch(p -> p.seq() == pending.seq()),
        "kept until acknowledged");
    assertEquals(1, outbox.settle(List.of(pending.seq()), Map.of()).acked());
    assertFalse(outbox.pending(Outbox.MAX_BATCH).stream().anyMatch(p -> p.seq() == pending.seq()));
    assertEquals(0, outbox.settle(List.of(pending.seq()), Map.of()).acked(), "acknowledged once");
    assertEquals(1, audits("interconnect.acked", message.id().toString()));
  }

  @Test
  void art24_aSubmissionThePrivateZoneRefusedIsKeptMarkedAndNotPulledAgainUntilRequeued()
      throws SQLException {
    Receipt receipt = consult("互通测试：被拒绝的消息");
    Outbox.Pending pending = pendingFor(receipt);
    long refusedBefore = outbox.backlog().refused();
    assertEquals(1, outbox.settle(List.of(), Map.of(pending.seq(), "BAD_SIGNATURE")).refused());
    assertFalse(outbox.pending(Outbox.MAX_BATCH).stream().anyMatch(p -> p.seq() == pending.seq()));
    assertEquals(refusedBefore + 1, outbox.backlog().refused());
    assertTrue(outbox.requeueRefused() >= 1);
    assertEquals(0, outbox.backlog().refused(), "every refused submission is back in the queue");
    assertEquals(pending.text(), pendingFor(receipt).text(), "the same signed message, unchanged");
    String id = Peer.read(pending.text()).id().toString();
    assertEquals(1, audits("interconnect.requeued", id));
    assertEquals(0, outbox.requeueRefused(), "nothing refused is left");
  }

  @Test
  void art23_theReplyPublishedByThePrivateZoneIsReadWithTheQueryCode() {
    Receipt receipt = consult("互通测试：答复");
    Message answer =
        Peer.publication(
            MessageType.CONSULTATION_ANSWERED,
            "wenzhou",
            Map.of(
                "trackingNo", receipt.trackingNumber().value(),
                "reply", "已转交市大数据局办理。",
                "repliedAt", Instant.now().toString()));
    assertEquals(
        Inbox.Delivery.Outcome.ACCEPTED, inbox.receive(List.of(answer.text())).get(0).outcome());
    var status =
        consultations.status(receipt.trackingNumber(), receipt.queryCode().value()).orElseThrow();
    assertEquals("ANSWERED", status.status());
    assertEquals("已转交市大数据局办理。", status.reply().orElseThrow());
  }

  private Receipt consult(String subject) {
    Consultation consultation =
        Consultation.from(
            new Consultation.Draft("CONSULTATION", subject, "内容：" + UUID.randomUUID(), null),
            new Violations());
    return consultations.submit(WENZHOU, consultation, "it-" + UUID.randomUUID());
  }

  private Outbox.Pending pendingFor(Receipt receipt) {
    return outbox.pending(Outbox.MAX_BATCH).stream()
        .filter(p -> p.text().contains(receipt.trackingNumber().value()))
        .findFirst()
        .orElseThrow();
  }

  private static Message service(long id, String name) {
    return Peer.publication(
        MessageType.SERVICE_PUBLISHED,
        "wenzhou",
        Map.of(
            "serviceId", Long.toString(id), "name", name, "unitName", "温州市大数据局", "listed", "true"));
  }

  private long audits(String action, String id) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      return PublicDatabase.count(
          c, "select count(*) from audit_event where action = ? and entity_id = ?", action, id);
    }
  }
}
