package cn.gov.zj.cloud.privateportal.notification;

import static cn.gov.zj.cloud.privateportal.Deployments.actAs;
import static cn.gov.zj.cloud.privateportal.Deployments.demoUnit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.application.ActionInput;
import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.domain.calendar.WorkingDays;
import cn.gov.zj.cloud.domain.i18n.Messages;
import cn.gov.zj.cloud.domain.registry.CloudStatus;
import cn.gov.zj.cloud.domain.registry.SystemDetails;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.tenant.Tenant;
import cn.gov.zj.cloud.domain.tenant.TenantDirectory;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.Deployments;
import cn.gov.zj.cloud.privateportal.SheetRows;
import cn.gov.zj.cloud.privateportal.application.ApplicationActions;
import cn.gov.zj.cloud.privateportal.application.Applications;
import cn.gov.zj.cloud.privateportal.application.Attachments;
import cn.gov.zj.cloud.privateportal.application.CloudApplication;
import cn.gov.zj.cloud.privateportal.application.web.ApplicationDisplay;
import cn.gov.zj.cloud.privateportal.application.web.ApplicationRow;
import cn.gov.zj.cloud.privateportal.application.web.ApplicationSheets;
import cn.gov.zj.cloud.privateportal.calendar.WorkingCalendar;
import cn.gov.zj.cloud.privateportal.notification.web.NotificationList;
import cn.gov.zj.cloud.privateportal.notification.web.NotificationSheets;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
import cn.gov.zj.cloud.privateportal.registry.AppSystem;
import cn.gov.zj.cloud.privateportal.registry.Systems;
import cn.gov.zj.cloud.privateportal.security.Actor;
import cn.gov.zj.cloud.privateportal.web.PagedModel;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
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
 * Art. 8–12: notifications of actions, the overdue scan with escalation, trial reminders, the inbox
 * ordered by due date, and the mail outbox, in Payara Micro on PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationsIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @Inject HttpServletRequest request;
  @Inject Applications applications;
  @Inject ApplicationActions actions;
  @Inject Attachments attachments;
  @Inject Systems systems;
  @Inject Notifications notifications;
  @Inject ApplicationDisplay display;
  @EJB DeadlineWatch watch;
  @EJB MailSender mail;
  @EJB WorkingCalendar calendar;

  @Resource(lookup = "java:app/jdbc/private")
  DataSource dataSource;

  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  private CloudApplication submitted(String tenant) {
    actAs(request, tenant, demoUnit(tenant), Role.UNIT_APPLICANT);
    AppSystem system =
        systems.register(
            null,
            new SystemDetails.Draft(
                "通知-" + UUID.randomUUID(),
                null,
                2,
                "刘八",
                CloudStatus.NOT_MIGRATED,
                null,
                null,
                false));
    CloudApplication draft =
        applications.open(
            system.getId(), List.of(Deployments.bandwidth(20)), null, new Violations());
    for (String kind : List.of("CONSTRUCTION_PLAN", "SELF_TEST_REPORT")) {
      attachments.upload(draft.getId(), kind, "f.pdf", new ByteArrayInputStream(PDF));
    }
    return actions.fire(draft.getId(), "submit", ActionInput.NONE);
  }

  /** Signs in as {@code username}, so that who acted and who reads are different accounts. */
  private void actAsUser(String username, String tenant, String unit, Role role) {
    Tenant found = TenantDirectory.load().find(tenant).orElseThrow();
    request.setAttribute(Actor.ATTRIBUTE, new Actor(found, username, username, Set.of(role), unit));
  }

  private List<String> messagesOf(String tenant, Role role, String unit, long applicationId) {
    return messagesOf(tenant + ".reader", tenant, role, unit, applicationId);
  }

  private List<String> messagesOf(
      String username, String tenant, Role role, String unit, long applicationId) {
    actAsUser(username, tenant, unit, role);
    PageRequest page =
        PageRequest.strict(
            "0", "100", "-createdAt", null, Notifications.SORTABLE.keySet(), "createdAt");
    List<String> kinds = new ArrayList<>();
    notifications.mine(false, page).items().stream()
        .filter(n -> Long.valueOf(applicationId).equals(n.getApplicationId()))
        .forEach(n -> kinds.add(n.getKind().name()));
    return kinds;
  }

  private void sql(String tenant, String statement, Object... values) throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      scopeTransaction(connection, tenant);
      try (PreparedStatement update = connection.prepareStatement(statement)) {
        for (int i = 0; i < values.length; i++) {
          update.setObject(i + 1, values[i]);
        }
        update.executeUpdate();
      }
      connection.commit();
    }
  }

  /** Opens a transaction on the connection in {@code tenant}'s row scope. */
  private static void scopeTransaction(Connection connection, String tenant) throws Exception {
    connection.setAutoCommit(false);
    try (PreparedStatement scope =
        connection.prepareStatement("select set_config('app.tenant', ?, true)")) {
      scope.setString(1, tenant);
      scope.execute();
    }
  }

  /** One row's values from {@code tenant}'s rows; fails when there is none. */
  private <T> T selectOne(String tenant, String query, long id, Row<T> read) throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      scopeTransaction(connection, tenant);
      try (PreparedStatement select = connection.prepareStatement(query)) {
        select.setLong(1, id);
        try (ResultSet rows = select.executeQuery()) {
          assertTrue(rows.next(), "no row for " + query);
          return read.of(rows);
        }
      } finally {
        connection.rollback();
      }
    }
  }

  /** Reads the values of a result's current row. */
  private interface Row<T> {
    T of(ResultSet rows) throws java.sql.SQLException;
  }

  @Test
  @DisplayName(
      "Art. 8: a submission notifies the reviewers of the tenant, not those of another tenant")
  void actionNotifiesNextRole() {
    CloudApplication application = submitted("taizhou");
    assertEquals(
        List.of("ACTION"), messagesOf("taizhou", Role.REVIEWER, null, application.getId()));
    assertEquals(List.of(), messagesOf("jinhua", Role.REVIEWER, null, application.getId()));
    assertEquals(
        List.of(), messagesOf("taizhou", Role.PROVIDER_OPERATOR, null, application.getId()));
    actAsUser("taizhou.reader", "taizhou", null, Role.REVIEWER);
    long id =
        notifications
            .mine(
                false,
                PageRequest.strict(
                    "0", "1", "-createdAt", null, Notifications.SORTABLE.keySet(), "createdAt"))
            .items()
            .get(0)
            .getId();
    notifications.markRead(id);
    assertTrue(notifications.read(List.of(id)).contains(id));
  }

  @Test
  @DisplayName(
      "Art. 8, 25: an overdue step is notified to its owner and the unit and escalated to the tenant admin, once; the inbox puts it first")
  void overdueEscalatesOnce() throws Exception {
    CloudApplication application = submitted("zhoushan");
    LocalDate past = LocalDate.of(2026, 1, 5);
    sql("zhoushan", "update application set due_date = ? where id = ?", past, application.getId());

    assertTrue(watch.scanAll() >= 3);
    assertEquals(
        List.of("OVERDUE", "ACTION"),
        messagesOf("zhoushan", Role.REVIEWER, null, application.getId()));
    assertEquals(
        List.of("ESCALATION"),
        messagesOf("zhoushan", Role.TENANT_ADMIN, null, application.getId()));
    assertTrue(
        messagesOf("zhoushan", Role.UNIT_APPLICANT, demoUnit("zhoushan"), application.getId())
            .contains("OVERDUE"));
    watch.scanAll();
    assertEquals(
        List.of("ESCALATION"),
        messagesOf("zhoushan", Role.TENANT_ADMIN, null, application.getId()));

    actAs(request, "zhoushan", null, Role.REVIEWER);
    PageRequest page =
        PageRequest.strict("0", "5", null, null, Applications.SORTABLE.keySet(), "dueDate");
    CloudApplication first = applications.inbox(page).items().get(0);
    assertTrue(
        first.getDueDate().isBefore(LocalDate.now()), "overdue first: " + first.getDueDate());
  }

  @Test
  @DisplayName(
      "Art. 9: the unit is reminded before its trial ends; without SMTP the mails are skipped, not lost silently")
  void trialReminderAndMailOutbox() throws Exception {
    CloudApplication application = submitted("lishui");
    OfficialCalendar official = calendar.current();
    LocalDate ends =
        official.dueDate(OfficialCalendar.dateOf(Instant.now()), WorkingDays.of(1)).date();
    sql(
        "lishui",
        "update application set state = 'IN_TRIAL', step = null, due_date = null, trial_ends = ? where id = ?",
        ends,
        application.getId());
    watch.scanAll();
    assertTrue(
        messagesOf("lishui", Role.UNIT_APPLICANT, demoUnit("lishui"), application.getId())
            .contains("TRIAL_REMINDER"));

    mail.sendAll();
    long[] counts =
        selectOne(
            "lishui",
            "select count(*) filter (where status = 'SKIPPED'), count(*) from mail_outbox o"
                + " join notification n on n.id = o.notification_id where n.application_id = ?",
            application.getId(),
            rows -> new long[] {rows.getLong(1), rows.getLong(2)});
    assertTrue(counts[1] >= 2, "outbox rows");
    assertEquals(counts[1], counts[0]);
  }

  @Test
  @DisplayName(
      "Art. 8–12: a backlog of several batches is mailed in one round, not 20 rows per tenant and tick")
  void art8_mailBacklogDrainedInOneRound() throws Exception {
    int backlog = MailBatch.BATCH * 3 + 7;
    sql(
        "quzhou",
        "with n as (insert into notification (tenant_id, recipient_role, kind, message_key,"
            + " arguments, dedupe_key, created_at)"
            + " select 'quzhou', 'reviewer', 'SERVICE_ESCALATION', 'notification.SERVICE_ESCALATION', '[]',"
            + " 'backlog-' || g || '-' || ?, now() from generate_series(1, ?) g"
            + " returning id, tenant_id)"
            + " insert into mail_outbox (tenant_id, notification_id, next_attempt_at)"
            + " select tenant_id, id, now() from n",
        System.nanoTime(),
        backlog);
    mail.sendAll();
    long[] counts =
        selectOne(
            "quzhou",
            "select count(*) filter (where o.status = 'PENDING'), count(*) from mail_outbox o"
                + " join notification n on n.id = o.notification_id"
                + " where n.dedupe_key like 'backlog-%' and o.id > ?",
            0,
            rows -> new long[] {rows.getLong(1), rows.getLong(2)});
    assertTrue(counts[1] >= backlog, "backlog rows: " + counts[1]);
    assertEquals(0, counts[0], "still pending after one round");
  }

  @Test
  @DisplayName(
      "Art. 8: the reviewer who accepts is not notified of their own acceptance; another reviewer is, with the step, due date and opinion kept for the mail")
  void art8_actorIsNotNotifiedOfOwnAction() throws Exception {
    CloudApplication application = submitted("huzhou");
    actAsUser("huzhou.reviewer-a", "huzhou", null, Role.REVIEWER);
    actions.fire(application.getId(), "accept", ActionInput.opinion("材料齐全，予以受理"));

    long id = application.getId();
    assertEquals(
        List.of("ACTION"), messagesOf("huzhou.reviewer-a", "huzhou", Role.REVIEWER, null, id));
    assertEquals(
        List.of("ACTION", "ACTION"),
        messagesOf("huzhou.reviewer-b", "huzhou", Role.REVIEWER, null, id));
    String[] facts =
        selectOne(
            "huzhou",
            "select step, cast(due_date as varchar), opinion from notification"
                + " where application_id = ? and actor = 'huzhou.reviewer-a'",
            id,
            rows -> new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
    assertTrue(facts[0] != null, "step");
    assertTrue(facts[1] != null, "due date");
    assertEquals("材料齐全，予以受理", facts[2]);
  }

  @Test
  @DisplayName(
      "Art. 8–12: 'mark all as read' marks every unread notification of the reader, and only the reader's")
  void art8_markAllRead() {
    CloudApplication application = submitted("shaoxing");
    PageRequest page =
        PageRequest.strict(
            "0", "100", "-createdAt", null, Notifications.SORTABLE.keySet(), "createdAt");
    actAsUser("shaoxing.reviewer-a", "shaoxing", null, Role.REVIEWER);
    assertTrue(notifications.mine(true, page).total() >= 1);
    assertTrue(notifications.markAllRead() >= 1);
    assertEquals(0, notifications.mine(true, page).total());
    assertEquals(0, notifications.markAllRead());

    actAsUser("shaoxing.reviewer-b", "shaoxing", null, Role.REVIEWER);
    assertTrue(
        notifications.mine(true, page).items().stream()
            .anyMatch(n -> application.getId().equals(n.getApplicationId())),
        "another reviewer's notifications stay unread");
  }

  @Test
  @DisplayName(
      "Issue 11, Art. 8–12: the inbox and the notifications export to XLSX as listed, times in"
          + " Beijing time; another tenant's application is in neither")
  void art8_inboxAndNotificationsExport() {
    CloudApplication mine = submitted("jinhua");
    CloudApplication theirs = submitted("taizhou");
    actAsUser("jinhua.exporter", "jinhua", null, Role.REVIEWER);
    PagedModel<ApplicationRow> inbox =
        new PagedModel<>(
            request -> display.rows(applications.inbox(request)),
            Applications.SORTABLE.keySet(),
            "dueDate",
            ApplicationRow::getId);
    long total = inbox.count(Map.of());
    List<List<String>> waiting =
        SheetRows.read(
            ApplicationSheets.write("nav.inbox", inbox.all(), SheetRows.ui(), SheetRows.domain()));
    assertEquals(total, waiting.size() - 1);
    List<String> row = rowOf(waiting, 0, String.valueOf(mine.getId()));
    assertEquals("受理", row.get(3));
    assertTrue(row.get(4).startsWith(mine.getDueDate().toString()), row.toString());
    assertTrue(rowsWith(waiting, 0, String.valueOf(theirs.getId())).isEmpty());

    PagedModel<NotificationList.Row> notices =
        new PagedModel<>(
            request -> NotificationList.page(notifications, false, request, Messages.CHINESE),
            Notifications.SORTABLE.keySet(),
            "-createdAt",
            NotificationList.Row::id);
    byte[] file = NotificationSheets.write(notices.all(), SheetRows.ui());
    List<List<String>> listed = SheetRows.read(file);
    assertEquals("通知", SheetRows.sheetName(file));
    assertEquals(notifications.mine(false, PAGE).total(), listed.size() - 1);
    List<String> notice = rowOf(listed, 2, String.valueOf(mine.getId()));
    assertTrue(notice.get(0).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"), notice.toString());
    assertEquals("未读", notice.get(4));
    assertTrue(rowsWith(listed, 2, String.valueOf(theirs.getId())).isEmpty());
  }

  private static final PageRequest PAGE =
      PageRequest.strict(
          "0", "100", "-createdAt", null, Notifications.SORTABLE.keySet(), "createdAt");

  private static List<List<String>> rowsWith(List<List<String>> rows, int column, String value) {
    return rows.stream().skip(1).filter(row -> row.get(column).equals(value)).toList();
  }

  private static List<String> rowOf(List<List<String>> rows, int column, String value) {
    List<List<String>> found = rowsWith(rows, column, value);
    assertFalse(found.isEmpty(), value + " not in " + rows);
    return found.get(0);
  }
}
