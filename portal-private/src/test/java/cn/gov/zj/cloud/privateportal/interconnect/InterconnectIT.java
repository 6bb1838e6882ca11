package cn.gov.zj.cloud.privateportal.interconnect;

import static cn.gov.zj.cloud.privateportal.Deployments.actAs;
import static cn.gov.zj.cloud.privateportal.Deployments.demoUnit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.calendar.WorkingDays;
import cn.gov.zj.cloud.domain.interconnect.Message;
import cn.gov.zj.cloud.domain.interconnect.MessageType;
import cn.gov.zj.cloud.domain.registry.CloudStatus;
import cn.gov.zj.cloud.domain.registry.SystemDetails;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.tenant.TenantDirectory;
import cn.gov.zj.cloud.domain.validation.InvalidInputException;
import cn.gov.zj.cloud.privateportal.Deployments;
import cn.gov.zj.cloud.privateportal.SheetRows;
import cn.gov.zj.cloud.privateportal.calendar.WorkingCalendar;
import cn.gov.zj.cloud.privateportal.feedback.ConsultationDesk;
import cn.gov.zj.cloud.privateportal.feedback.ReceivedConsultation;
import cn.gov.zj.cloud.privateportal.feedback.RectificationItem;
import cn.gov.zj.cloud.privateportal.feedback.Rectifications;
import cn.gov.zj.cloud.privateportal.feedback.web.FeedbackSheets;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
import cn.gov.zj.cloud.privateportal.registry.AppSystem;
import cn.gov.zj.cloud.privateportal.registry.Systems;
import cn.gov.zj.cloud.privateportal.security.AccessDenied;
import cn.gov.zj.cloud.privateportal.time.Clocks;
import cn.gov.zj.cloud.privateportal.web.PagedModel;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
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

/**
 * Art. 23, 24: the private side of the interconnection on the real database, inside Payara Micro:
 * submissions take effect once however often they are pulled, altered ones are refused; replies,
 * responses and directory entries are published signed.
 */
@ExtendWith(ArquillianExtension.class)
class InterconnectIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal().addClass(PublicPeer.class);
  }

  @Inject HttpServletRequest request;
  @Inject ConsultationDesk desk;
  @Inject Rectifications rectifications;
  @Inject Systems systems;
  @EJB Intake intake;
  @EJB ServiceSync services;
  @EJB WorkingCalendar calendar;
  @EJB Channel channel;
  @EJB Outgoing outgoing;
  @Inject ChannelWatch watch;

  @Resource(lookup = "java:app/jdbc/private")
  DataSource dataSource;

  @Test
  void art24_anInstanceSkipsItsExchangeWhileAnotherInstanceExchanges() throws SQLException {
    try (Connection other = dataSource.getConnection()) {
      assertTrue(advisory(other, "select pg_try_advisory_lock(?)"), "the other instance's turn");
      String audited =
          "select count(*) from audit_event where action = 'interconnect.exchange'"
              + " and after_state::jsonb ->> 'skipped' = ?";
      long before = scalar(audited, "true");
      actAs(request, "zhejiang", null, Role.PROVINCE_ADMIN);
      Channel.Exchange skipped = watch.exchangeNow();
      assertTrue(skipped.skipped());
      assertFalse(skipped.succeeded());
      assertNull(skipped.failure(), "skipping is no failure");
      assertEquals(before + 1, scalar(audited, "true"), "the start by hand is audited");
      assertTrue(advisory(other, "select pg_advisory_unlock(?)"));
    }
    assertFalse(channel.exchange().skipped(), "its turn again once the other is done");
    try (Connection after = dataSource.getConnection()) {
      assertTrue(advisory(after, "select pg_try_advisory_lock(?)"), "the exchange let go");
      assertTrue(advisory(after, "select pg_advisory_unlock(?)"));
    }
  }

  @Test
  void art24_province_adminPutsRefusedPublicationsBackInTheQueueAudited() throws SQLException {
    UUID id = UUID.randomUUID();
    long seq;
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "insert into interconnect_outbox (message_id, type, tenant_id, body, created_at,"
                    + " refused_at, refusal) values (?, 'SERVICE_PUBLISHED', 'lishui', 'text',"
                    + " now(), now(), 'BAD_SIGNATURE') returning seq")) {
      insert.setObject(1, id);
      try (ResultSet row = insert.executeQuery()) {
        row.next();
        seq = row.getLong(1);
      }
    }
    actAs(request, "lishui", null, Role.TENANT_ADMIN);
    assertThrows(AccessDenied.class, () -> watch.requeueRefused());
    assertEquals(
        1,
        scalar(
            "select count(*) from interconnect_outbox where seq = ? and refused_at is not null",
            seq));
    long audited =
        scalar("select count(*) from audit_event where action = ?", "interconnect.requeue");
    actAs(request, "zhejiang", null, Role.PROVINCE_ADMIN);
    ChannelWatch.Requeued requeued = watch.requeueRefused();
    assertTrue(requeued.publications() >= 1);
    assertNull(
        requeued.submissions(),
        "the public zone is unreachable here (pom.xml): reported, not thrown");
    assertEquals(
        0,
        scalar(
            "select count(*) from interconnect_outbox where refused_at is not null and seq = ?",
            seq));
    assertTrue(
        outgoing.waiting(100_000).stream().anyMatch(waiting -> waiting.seq() == seq),
        "waiting to be pushed again");
    assertEquals(
        audited + 1,
        scalar("select count(*) from audit_event where action = ?", "interconnect.requeue"));
  }

  private static boolean advisory(Connection connection, String sql) throws SQLException {
    try (PreparedStatement call = connection.prepareStatement(sql)) {
      call.setLong(1, ChannelLock.KEY);
      try (ResultSet row = call.executeQuery()) {
        row.next();
        return row.getBoolean(1);
      }
    }
  }

  @Test
  void art24_aSubmissionTakesEffectOnceHoweverOftenItIsPulled() throws SQLException {
    Message consultation = consultation("ningbo", "ZX20261126-700001");
    var items = PublicPeer.pulled(consultation.text());
    Intake.Settlement first = intake.apply(items);
    assertEquals(1, first.applied());
    assertEquals(List.of(items.get(0).seq()), first.acked());
    Intake.Settlement again = intake.apply(items);
    assertEquals(0, again.applied(), "the effect happened once");
    assertEquals(List.of(items.get(0).seq()), again.acked(), "acknowledged again");
    actAs(request, "ningbo", null, Role.REVIEWER);
    assertEquals("宁波：窗口办理时间", desk.get("ZX20261126-700001").subject());
    var unanswered =
        PageRequest.strict("0", "20", "submittedAt", null, Set.of("submittedAt"), "submittedAt");
    assertTrue(
        desk.list("RECEIVED", unanswered).items().stream()
            .anyMatch(c -> c.trackingNo().equals("ZX20261126-700001")),
        "listed without a search too");
    assertEquals(
        1,
        scalar(
            "select count(*) from interconnect_received where message_id = ?", consultation.id()));
    assertEquals(
        1,
        scalar(
            "select count(*) from audit_event where action = 'interconnect.repeated' and entity_id = ?",
            consultation.id().toString()));
  }

  @Test
  void art24_anAlteredSubmissionOrAPublicationIsRefusedAndChangesNothing() throws SQLException {
    Message consultation = consultation("ningbo", "ZX20261126-700002");
    String altered = consultation.text().replace("f.subject=", "f.subject=%E6%94%B9");
    Message wrongWay =
        PublicPeer.submission(
            MessageType.CITIZEN_RATED,
            "ningbo",
            Map.of(
                "ratingId",
                UUID.randomUUID().toString(),
                "serviceId",
                "1",
                "grade",
                "NOT_A_GRADE",
                "ratedAt",
                "2026-11-26T01:00:00Z"));
    var items = PublicPeer.pulled(altered, wrongWay.text());
    Intake.Settlement settlement = intake.apply(items);
    assertEquals(0, settlement.applied());
    assertTrue(settlement.acked().isEmpty());
    assertTrue(settlement.refused().get(items.get(0).seq()).startsWith("BAD_SIGNATURE"));
    assertTrue(settlement.refused().get(items.get(1).seq()).startsWith("MALFORMED"));
    assertEquals(
        0,
        scalar(
            "select count(*) from interconnect_received where message_id = ?", consultation.id()));
    assertEquals(
        1,
        scalar(
            "select count(*) from audit_event where action = 'interconnect.refused' and entity_id = ?",
            consultation.id().toString()));
  }

  @Test
  void art23_aReplyIsStoredAndPublishedSignedForThePublicZone() throws SQLException {
    intake.apply(PublicPeer.pulled(consultation("ningbo", "ZX20261126-700003").text()));
    actAs(request, "ningbo", null, Role.REVIEWER);
    assertThrows(InvalidInputException.class, () -> desk.answer("ZX20261126-700003", " "));
    desk.answer("ZX20261126-700003", "您好，窗口工作日 9:00–17:00 办理。");
    assertEquals("ANSWERED", desk.get("ZX20261126-700003").status());
    Message published = published("ZX20261126-700003").get(0);
    assertEquals(MessageType.CONSULTATION_ANSWERED, published.type());
    assertEquals("您好，窗口工作日 9:00–17:00 办理。", published.field("reply"));
    actAs(request, "ningbo", demoUnit("ningbo"), Role.UNIT_APPLICANT);
    assertThrows(
        RuntimeException.class, () -> desk.get("ZX20261126-700003"), "units do not answer");
  }

  @Test
  void art23_aDissatisfiedCitizenRatingOpensAnItemForTheServicesUnitWithItsDeadlines()
      throws SQLException {
    actAs(request, "shaoxing", demoUnit("shaoxing"), Role.UNIT_APPLICANT);
    AppSystem system = publicSystem("绍兴-差评-" + UUID.randomUUID());
    UUID rating = UUID.randomUUID();
    intake.apply(
        PublicPeer.pulled(
            PublicPeer.submission(
                    MessageType.CITIZEN_RATED,
                    "shaoxing",
                    Map.of(
                        "ratingId", rating.toString(),
                        "serviceId", system.getId().toString(),
                        "grade", "DISSATISFIED",
                        "comment", "排队太久",
                        "ratedAt", java.time.Instant.now().toString()))
                .text()));
    RectificationItem item = itemOf(rating);
    assertEquals("UNIT", item.responsible());
    LocalDate today = LocalDate.now(Clocks.ZONE);
    assertEquals(calendar.current().dueDate(today, WorkingDays.of(1)).date(), item.callbackDue());
    assertEquals(calendar.current().dueDate(today, WorkingDays.of(15)).date(), item.reportDue());
    rectifications.callBack(item.id(), "已电话回访，解释原因并致歉。");
    Message response = published(rating.toString()).get(0);
    assertEquals(MessageType.RECTIFICATION_RESPONDED, response.type());
    assertEquals("已电话回访，解释原因并致歉。", response.field("response"));
    actAs(request, "shaoxing", null, Role.PROVIDER_OPERATOR);
    assertTrue(
        rectifications.list(true, page()).items().stream().noneMatch(i -> i.id() == item.id()),
        "the provider answers unit ratings only");
  }

  @Test
  void art23_aPublicFacingSystemIsPublishedToTheDirectoryOncePerChange() throws SQLException {
    actAs(request, "zhoushan", demoUnit("zhoushan"), Role.UNIT_APPLICANT);
    AppSystem system = publicSystem("舟山-公开服务-" + UUID.randomUUID());
    var tenant = TenantDirectory.load().find("zhoushan").orElseThrow().id();
    assertTrue(services.sync(tenant) >= 1);
    assertEquals(0, services.sync(tenant), "nothing changed since");
    Message entry = published("\nf.serviceId=" + system.getId() + "\n").get(0);
    assertEquals(MessageType.SERVICE_PUBLISHED, entry.type());
    assertEquals("true", entry.field("listed"));
  }

  @Test
  @DisplayName(
      "Issue 11, Art. 23: consultations export to XLSX as listed, without the contact; another"
          + " tenant's consultation is not in it")
  void art23_consultationsExportAsListed() throws SQLException {
    intake.apply(PublicPeer.pulled(consultation("lishui", "ZX20261126-700010").text()));
    intake.apply(PublicPeer.pulled(consultation("quzhou", "ZX20261126-700011").text()));
    actAs(request, "lishui", null, Role.REVIEWER);
    PagedModel<ReceivedConsultation> model =
        new PagedModel<>(
            request -> desk.list(null, request),
            Set.of("submittedAt"),
            "-submittedAt",
            ReceivedConsultation::trackingNo);
    model.load(0, 20, Map.of(), SheetRows.searching("700010"));
    byte[] file = FeedbackSheets.consultations(model.all(), SheetRows.ui(), SheetRows.domain());
    List<List<String>> rows = SheetRows.read(file);
    assertEquals("咨询反馈", SheetRows.sheetName(file));
    assertEquals("查询编号", rows.get(0).get(0));
    assertEquals(2, rows.size(), rows.toString());
    assertEquals("ZX20261126-700010", rows.get(1).get(0));
    assertEquals("宁波：窗口办理时间", rows.get(1).get(2));
    assertEquals("待答复", rows.get(1).get(5));
    assertTrue(rows.get(1).get(4).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"), rows.toString());
    assertFalse(rows.toString().contains("138****0000"), "the contact stays out");
    model.load(0, 20, Map.of(), Map.of());
    assertTrue(
        SheetRows.read(
                FeedbackSheets.consultations(model.all(), SheetRows.ui(), SheetRows.domain()))
            .stream()
            .noneMatch(row -> row.get(0).equals("ZX20261126-700011")),
        "another tenant's consultation");
  }

  @Test
  @DisplayName(
      "Issue 11, Art. 23: rectification items export to XLSX as listed, with their due dates;"
          + " another tenant's item is not in it")
  void art23_rectificationsExportAsListed() throws SQLException {
    String mine = "导出差评-" + UUID.randomUUID();
    String theirs = "导出差评-" + UUID.randomUUID();
    dissatisfied("huzhou", theirs);
    dissatisfied("jiaxing", mine);
    PagedModel<RectificationItem> model =
        new PagedModel<>(
            request -> rectifications.list(false, request),
            Set.of("due"),
            "due",
            RectificationItem::id);
    long total = model.count(Map.of());
    LocalDate today = LocalDate.now(Clocks.ZONE);
    byte[] file = FeedbackSheets.rectifications(model.all(), today, SheetRows.ui());
    List<List<String>> rows = SheetRows.read(file);
    assertEquals("差评整改", SheetRows.sheetName(file));
    assertEquals(total, rows.size() - 1);
    List<String> row =
        rows.stream()
            .filter(r -> r.get(1).equals(mine))
            .findFirst()
            .orElseThrow(() -> new AssertionError(rows));
    assertEquals("公众评价", row.get(0));
    assertEquals(
        calendar.current().dueDate(today, WorkingDays.of(1)).date().toString(), row.get(3));
    assertTrue(rows.stream().noneMatch(r -> r.get(1).equals(theirs)), "another tenant's item");
  }

  /** A citizen's DISSATISFIED rating of a public system of the tenant's demo unit. */
  private void dissatisfied(String tenant, String comment) {
    actAs(request, tenant, demoUnit(tenant), Role.UNIT_APPLICANT);
    AppSystem system = publicSystem(tenant + "-导出-" + UUID.randomUUID());
    intake.apply(
        PublicPeer.pulled(
            PublicPeer.submission(
                    MessageType.CITIZEN_RATED,
                    tenant,
                    Map.of(
                        "ratingId", UUID.randomUUID().toString(),
                        "serviceId", system.getId().toString(),
                        "grade", "DISSATISFIED",
                        "comment", comment,
                        "ratedAt", java.time.Instant.now().toString()))
                .text()));
  }

  private AppSystem publicSystem(String name) {
    return systems.register(
        null,
        new SystemDetails.Draft(
            name, "面向公众的服务", 2, "刘八", CloudStatus.NOT_MIGRATED, null, null, true));
  }

  private RectificationItem itemOf(UUID rating) throws SQLException {
    long id = scalar("select id from rectification where rating_id = ?", rating);
    return rectifications.list(false, page()).items().stream()
        .filter(i -> i.id() == id)
        .findFirst()
        .orElseThrow();
  }

  private static PageRequest page() {
    return PageRequest.strict("0", "100", "due", null, Set.of("due"), "due");
  }

  private static Message consultation(String tenant, String number) {
    return PublicPeer.submission(
        MessageType.CONSULTATION_SUBMITTED,
        tenant,
        Map.of(
            "trackingNo", number,
            "category", "CONSULTATION",
            "subject", "宁波：窗口办理时间",
            "content", "请问政务云服务窗口几点上班？",
            "contactMasked", "138****0000",
            "submittedAt", java.time.Instant.now().toString()));
  }

  /** This zone's publications whose text contains {@code marker}, newest first. */
  private List<Message> published(String marker) throws SQLException {
    List<Message> found = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement query =
            c.prepareStatement(
                "select body from interconnect_outbox where strpos(body, ?) > 0 order by seq desc")) {
      query.setString(1, marker);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          found.add(PublicPeer.read(rows.getString(1)));
        }
      }
    }
    return found;
  }

  /** The first column of the first row, as a number, with RLS off (the test's own connection). */
  private long scalar(String sql, Object parameter) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement oversight =
          c.prepareStatement("select set_config('app.oversight', 'on', true)")) {
        oversight.execute();
      }
      try (PreparedStatement query = c.prepareStatement(sql)) {
        query.setObject(1, parameter);
        try (ResultSet row = query.executeQuery()) {
          long value = row.next() ? row.getLong(1) : -1;
          c.rollback();
          return value;
        }
      }
    }
  }
}
