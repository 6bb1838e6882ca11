package cn.gov.zj.cloud.privateportal.services;

import static cn.gov.zj.cloud.privateportal.Deployments.demoUnit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.domain.calendar.WorkingDays;
import cn.gov.zj.cloud.domain.registry.CloudStatus;
import cn.gov.zj.cloud.domain.registry.SystemDetails;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.services.ServiceAction;
import cn.gov.zj.cloud.domain.services.ServiceKind;
import cn.gov.zj.cloud.domain.services.ServiceState;
import cn.gov.zj.cloud.domain.services.ServiceTargets;
import cn.gov.zj.cloud.domain.tenant.Tenant;
import cn.gov.zj.cloud.domain.tenant.TenantDirectory;
import cn.gov.zj.cloud.domain.validation.InvalidInputException;
import cn.gov.zj.cloud.privateportal.Deployments;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
import cn.gov.zj.cloud.privateportal.registry.AppSystem;
import cn.gov.zj.cloud.privateportal.registry.Systems;
import cn.gov.zj.cloud.privateportal.rest.Conflict;
import cn.gov.zj.cloud.privateportal.security.AccessDenied;
import cn.gov.zj.cloud.privateportal.security.Actor;
import cn.gov.zj.cloud.privateportal.tenant.NotFound;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
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
 * Art. 14: service requests and training sessions in Payara Micro on PostgreSQL, with the attacks:
 * another tenant's ids, the wrong role, the wrong state, a full session, bad input with nothing
 * stored; the services scan notifies once.
 */
@ExtendWith(ArquillianExtension.class)
class ServicesIT {

  private static final String TENANT = "quzhou";
  private static final String OTHER = "jinhua";

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @Inject HttpServletRequest request;
  @Inject ServiceRequests requests;
  @Inject Trainings trainings;
  @Inject ServiceFigures figures;
  @Inject Systems systems;
  @EJB ServicesWatch watch;

  @Resource(lookup = "java:app/jdbc/private")
  DataSource dataSource;

  private void as(String username, String tenant, String unit, Role role) {
    Tenant found = TenantDirectory.load().find(tenant).orElseThrow();
    request.setAttribute(Actor.ATTRIBUTE, new Actor(found, username, username, Set.of(role), unit));
  }

  private void applicant(String tenant) {
    as(tenant + ".applicant", tenant, demoUnit(tenant), Role.UNIT_APPLICANT);
  }

  private void provider(String tenant) {
    as(tenant + ".provider", tenant, null, Role.PROVIDER_OPERATOR);
  }

  private AppSystem system(String tenant) {
    applicant(tenant);
    return systems.register(
        null,
        new SystemDetails.Draft(
            "服务-" + UUID.randomUUID(), null, 2, "刘八", CloudStatus.NOT_MIGRATED, null, null, false));
  }

  private ServiceItem opened(String tenant) {
    AppSystem system = system(tenant);
    return requests.open(system.getId(), ServiceKind.MIGRATION_HELP, "迁移到政务云", "请协助迁移数据库");
  }

  /** A statement on {@code tenant}'s rows, committed; the first column of its row, if any. */
  private long inScope(String tenant, String statement, Object... values) throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement scope =
          connection.prepareStatement("select set_config('app.tenant', ?, true)")) {
        scope.setString(1, tenant);
        scope.execute();
      }
      long value = -1;
      try (PreparedStatement run = connection.prepareStatement(statement)) {
        for (int i = 0; i < values.length; i++) {
          run.setObject(i + 1, values[i]);
        }
        if (run.execute()) {
          try (ResultSet rows = run.getResultSet()) {
            value = rows.next() ? rows.getLong(1) : -1;
          }
        }
      }
      connection.commit();
      return value;
    }
  }

  private long count(String tenant, String query, Object... values) throws Exception {
    return inScope(tenant, query, values);
  }

  private void sql(String tenant, String statement, Object... values) throws Exception {
    inScope(tenant, statement, values);
  }

  private static TrainingSession.Draft draft(Instant starts, int capacity) {
    return new TrainingSession.Draft("政务云运维培训", starts, 90, "衢州市政务服务中心 301", null, capacity, null);
  }

  private static PageRequest page() {
    return PageRequest.strict("0", "100", null, null, Set.of("startsAt"), "startsAt");
  }

  @Test
  @DisplayName(
      "Art. 14: the unit asks, the provider answers, the unit closes; each step in the history")
  void art14_requestAnsweredAndClosed() {
    ServiceItem item = opened(TENANT);
    assertEquals(ServiceState.OPEN, item.state());
    assertFalse(item.overdueAt(item.openedAt()));
    provider(TENANT);
    ServiceItem answered = requests.act(item.id(), "answer", "已安排工程师 12 月 8 日上门");
    assertEquals(ServiceState.ANSWERED, answered.state());
    assertEquals(true, answered.responseMet().orElseThrow());
    applicant(TENANT);
    ServiceItem closed = requests.act(item.id(), "close", "迁移完成，问题已解决");
    assertEquals(ServiceState.CLOSED, closed.state());
    assertEquals(
        List.of("OPEN", "ANSWER", "CLOSE"),
        requests.history(item.id()).stream().map(ServiceItem.Event::action).toList());
    Tenant quzhou = TenantDirectory.load().find(TENANT).orElseThrow();
    assertTrue(
        figures
                .serviceRequests(
                    quzhou.id().value(), item.unitId(), YearMonth.now(ZoneId.of("Asia/Shanghai")))
                .get(ServiceKind.MIGRATION_HELP)
            >= 1);
  }

  @Test
  @DisplayName(
      "Art. 14 attack wrong role: the unit cannot answer, the provider cannot ask or close (403)")
  void art14_wrongRoleIs403() {
    ServiceItem item = opened(TENANT);
    assertThrows(AccessDenied.class, () -> requests.act(item.id(), "answer", "自问自答"));
    provider(TENANT);
    AccessDenied denied =
        assertThrows(
            AccessDenied.class,
            () -> requests.open(item.systemId(), ServiceKind.CONSULTING, "s", "d"));
    assertTrue(denied.needed().contains(Role.UNIT_APPLICANT));
    as(TENANT + ".admin", TENANT, null, Role.SECURITY_SUPERVISOR);
    assertThrows(AccessDenied.class, () -> requests.get(item.id()));
  }

  @Test
  @DisplayName(
      "Art. 14 attack wrong state: closing before the answer is 409 naming what is allowed now; nothing changes")
  void art14_wrongStateIs409() throws Exception {
    ServiceItem item = opened(TENANT);
    ServiceRefused refused =
        assertThrows(ServiceRefused.class, () -> requests.act(item.id(), "close", "提前关闭"));
    assertEquals("OPEN", refused.members().getString("state"));
    assertEquals(
        ServiceAction.ANSWER.restName(),
        refused.members().getJsonArray("allowedNow").getJsonObject(0).getString("action"));
    assertEquals(
        1,
        count(
            TENANT, "select count(*) from service_request_event where request_id = ?", item.id()));
    provider(TENANT);
    requests.act(item.id(), "answer", "答复");
    assertThrows(ServiceRefused.class, () -> requests.act(item.id(), "answer", "再次答复"));
  }

  @Test
  @DisplayName(
      "Art. 5, 14 attack another tenant's ids: a request and a session of another tenant are 404")
  void art14_otherTenantIs404() {
    ServiceItem item = opened(TENANT);
    provider(TENANT);
    TrainingSession session = trainings.schedule(draft(Instant.now().plus(Duration.ofDays(20)), 5));
    provider(OTHER);
    assertThrows(NotFound.class, () -> requests.get(item.id()));
    assertThrows(NotFound.class, () -> requests.act(item.id(), "answer", "跨租户"));
    assertThrows(NotFound.class, () -> trainings.get(session.id()));
    assertThrows(NotFound.class, () -> trainings.cancel(session.id()));
    applicant(OTHER);
    assertThrows(NotFound.class, () -> trainings.register(session.id()));
    assertThrows(
        NotFound.class, () -> requests.open(item.systemId(), ServiceKind.CONSULTING, "s", "d"));
  }

  @Test
  @DisplayName("Art. 14 attack bad input: every bad field named, nothing stored")
  void art14_badInputNothingStored() throws Exception {
    AppSystem system = system(TENANT);
    long before = count(TENANT, "select count(*) from service_request");
    InvalidInputException bad =
        assertThrows(
            InvalidInputException.class,
            () -> requests.open(system.getId(), null, " ", "x".repeat(5000)));
    Set<String> fields = Set.copyOf(bad.errors().stream().map(error -> error.field()).toList());
    assertEquals(Set.of("kind", "subject", "description"), fields);
    assertEquals(before, count(TENANT, "select count(*) from service_request"));

    provider(TENANT);
    long sessions = count(TENANT, "select count(*) from training_session");
    InvalidInputException badSession =
        assertThrows(
            InvalidInputException.class,
            () ->
                trainings.schedule(
                    new TrainingSession.Draft(
                        "",
                        Instant.now().minusSeconds(60),
                        0,
                        null,
                        "javascript:alert(1)",
                        0,
                        null)));
    assertEquals(
        Set.of("title", "startsAt", "durationMinutes", "onlineLink", "capacity"),
        Set.copyOf(badSession.errors().stream().map(error -> error.field()).toList()));
    assertEquals(sessions, count(TENANT, "select count(*) from training_session"));
  }

  @Test
  @DisplayName(
      "Art. 14: register within capacity, a full session is 409, attendance after the start makes the unit's record")
  void art14_trainingRegistrationAttendanceRecord() throws Exception {
    provider(TENANT);
    TrainingSession session = trainings.schedule(draft(Instant.now().plus(Duration.ofDays(30)), 1));
    applicant(TENANT);
    TrainingSession registered = trainings.register(session.id());
    assertTrue(registered.registeredByMe());
    assertEquals(0, registered.seats().left());
    assertThrows(Conflict.class, () -> trainings.register(session.id()));
    as(TENANT + ".officer", TENANT, demoUnit(TENANT), Role.UNIT_SECURITY_OFFICER);
    Conflict full = assertThrows(Conflict.class, () -> trainings.register(session.id()));
    assertEquals("services.training.full", full.messageKey());
    assertEquals(
        1,
        count(
            TENANT,
            "select count(*) from training_registration where session_id = ?",
            session.id()));

    provider(TENANT);
    assertThrows(
        Conflict.class,
        () -> trainings.recordAttendance(session.id(), List.of(TENANT + ".applicant")));
    assertThrows(
        InvalidInputException.class,
        () -> trainings.edit(session.id(), draft(Instant.now().plus(Duration.ofDays(31)), 0)));
    sql(
        TENANT,
        "update training_session set starts_at = now() - interval '2 hours' where id = ?",
        session.id());
    assertThrows(
        InvalidInputException.class,
        () -> trainings.recordAttendance(session.id(), List.of("stranger")));
    trainings.recordAttendance(session.id(), List.of(TENANT + ".applicant"));
    assertThrows(Conflict.class, () -> trainings.cancel(session.id()));

    applicant(TENANT);
    List<TrainingSession.RecordLine> record = trainings.record(null, page()).items();
    assertTrue(
        record.stream()
            .anyMatch(line -> line.sessionId() == session.id() && line.attended().orElse(false)));
    long unit = systems.visibleUnit();
    assertThrows(NotFound.class, () -> trainings.record(unit + 100_000, page()));
    assertTrue(
        figures
            .trainingAttendances(TENANT, unit, YearMonth.now(ZoneId.of("Asia/Shanghai")))
            .stream()
            .anyMatch(a -> a.sessionId() == session.id()));
    applicant(TENANT);
    assertThrows(
        AccessDenied.class, () -> trainings.schedule(draft(Instant.now().plusSeconds(9999), 3)));
  }

  @Test
  @DisplayName(
      "Art. 14: an unanswered request past due is notified to provider and unit and escalated to the reviewer, once")
  void art14_overdueNotifiedOnce() throws Exception {
    ServiceItem item = opened(TENANT);
    sql(
        TENANT,
        "update service_request set response_due = date '2026-01-05' where id = ?",
        item.id());
    watch.scanAll();
    String notices =
        "select count(*) from notification where tenant_id = 'quzhou' and dedupe_key = ?";
    String key = "service-overdue:" + item.id();
    assertEquals(3, count(TENANT, notices, key));
    assertEquals(
        1,
        count(
            TENANT,
            "select count(*) from notification where dedupe_key = ? and recipient_role = 'reviewer'"
                + " and kind = 'SERVICE_ESCALATION'",
            key));
    watch.scanAll();
    assertEquals(3, count(TENANT, notices, key));
    provider(TENANT);
    assertTrue(
        requests.list(new ServiceRequests.Filter(null, null, true), page()).items().stream()
            .anyMatch(found -> found.id() == item.id()));
  }

  @Test
  @DisplayName(
      "Art. 14: registered units are reminded of a session 1 working day before, once; a quarter without a session is flagged to the reviewer, once")
  void art14_reminderAndQuarterFlag() throws Exception {
    provider(TENANT);
    TrainingSession session =
        trainings.schedule(draft(Instant.now().plus(Duration.ofMinutes(90)), 10));
    applicant(TENANT);
    trainings.register(session.id());
    watch.scanAll();
    String reminder =
        "select count(*) from notification where kind = 'TRAINING_REMINDER_SESSION'"
            + " and dedupe_key like ?";
    assertEquals(1, count(TENANT, reminder, "training-reminder:" + session.id() + ":%"));
    watch.scanAll();
    assertEquals(1, count(TENANT, reminder, "training-reminder:" + session.id() + ":%"));

    sql(
        TENANT,
        "update training_watch set first_quarter = date '2025-01-01' where tenant_id = ?",
        TENANT);
    watch.scanAll();
    String flag =
        "select count(*) from notification where kind = 'TRAINING_QUARTER_MISSED'"
            + " and recipient_role = 'reviewer' and dedupe_key = 'training-quarter:2025-Q1'";
    assertEquals(1, count(TENANT, flag));
    watch.scanAll();
    assertEquals(1, count(TENANT, flag));
    as(TENANT + ".reviewer", TENANT, null, Role.REVIEWER);
    assertTrue(trainings.missedQuarters().stream().anyMatch(q -> q.toString().equals("2025-Q1")));
  }

  @Inject ServiceRules rules;

  @Test
  @DisplayName(
      "Art. 14, Art. 25: the tenant's own service targets set the response due and the quarters flagged; another tenant keeps the provincial ones")
  void art25_localServiceTargetsGovernDueAndQuarters() throws Exception {
    String tenant = "taizhou";
    provider(tenant);
    TrainingSession held = trainings.schedule(draft(Instant.now().plus(Duration.ofDays(10)), 5));
    sql(
        tenant,
        "update training_session set starts_at = timestamptz '2025-02-03 10:00+08' where id = ?",
        held.id());
    sql(
        tenant,
        "insert into training_watch (tenant_id, first_quarter) values (?, date '2025-01-01')"
            + " on conflict (tenant_id) do update set first_quarter = excluded.first_quarter",
        tenant);
    as(tenant + ".reviewer", tenant, null, Role.REVIEWER);
    assertFalse(trainings.missedQuarters().stream().anyMatch(q -> q.toString().equals("2025-Q1")));

    as(tenant + ".admin", tenant, null, Role.TENANT_ADMIN);
    ServiceTargets stricter = rules.change(Map.of(ServiceTargets.SESSIONS, 2));
    assertEquals(new ServiceTargets(WorkingDays.of(1), 2), stricter);
    rules.change(Map.of(ServiceTargets.RESPONSE, 0, ServiceTargets.SESSIONS, 2));
    assertEquals(
        2,
        count(
            tenant,
            "select count(*) from audit_event where action = 'service.targets.change'"
                + " and actor = ?",
            tenant + ".admin"));

    as(tenant + ".reviewer", tenant, null, Role.REVIEWER);
    assertTrue(trainings.missedQuarters().stream().anyMatch(q -> q.toString().equals("2025-Q1")));
    watch.scanAll();
    assertEquals(
        1,
        count(
            tenant,
            "select count(*) from notification where kind = 'TRAINING_QUARTER_MISSED'"
                + " and dedupe_key = 'training-quarter:2025-Q1'"));
    Instant before = Instant.now();
    ServiceItem item = opened(tenant);
    assertEquals(OfficialCalendar.dateOf(before), item.responseDue(), "answered the same day");

    provider("wenzhou");
    assertEquals(ServiceTargets.PROVINCIAL, rules.targets());
  }

  @Test
  @DisplayName(
      "Art. 25 attack wrong role and bad input: only the tenant admin sets service targets; a longer response or fewer sessions is named, nothing stored")
  void art25_serviceTargetsRefusedNothingStored() throws Exception {
    String tenant = "wenzhou";
    String stored = "select count(*) from service_targets where tenant_id = ?";
    for (Role role : List.of(Role.PROVIDER_OPERATOR, Role.REVIEWER, Role.UNIT_APPLICANT)) {
      as(tenant + ".someone", tenant, demoUnit(tenant), role);
      assertThrows(AccessDenied.class, () -> rules.change(Map.of(ServiceTargets.SESSIONS, 3)));
    }
    as(tenant + ".admin", tenant, null, Role.TENANT_ADMIN);
    InvalidInputException bad =
        assertThrows(
            InvalidInputException.class,
            () ->
                rules.change(
                    Map.of(ServiceTargets.RESPONSE, 2, ServiceTargets.SESSIONS, 0, "hours", 4)));
    assertEquals(
        Set.of("hours", "responseWorkingDays", "sessionsPerQuarter"),
        Set.copyOf(bad.errors().stream().map(error -> error.field()).toList()));
    assertEquals(0, count(tenant, stored, tenant));
    assertEquals(ServiceTargets.PROVINCIAL, rules.targets());
    as(OTHER + ".admin", OTHER, null, Role.TENANT_ADMIN);
    rules.change(Map.of(ServiceTargets.SESSIONS, 4));
    as(tenant + ".admin", tenant, null, Role.TENANT_ADMIN);
    assertEquals(ServiceTargets.PROVINCIAL, rules.targets(), "another tenant's rule is not ours");
    assertEquals(0, count(tenant, stored, OTHER), "row scope hides another tenant's rule");
  }

  @Test
  @DisplayName(
      "Art. 14: a new time or place of a session is told to its registered units in the portal and by mail, once per edit; a new title alone is not; wrong role 403, another tenant 404")
  void art14_editedSessionNotifiesRegistered() throws Exception {
    provider(TENANT);
    Instant starts = Instant.now().plus(Duration.ofDays(40));
    TrainingSession session = trainings.schedule(draft(starts, 5));
    applicant(TENANT);
    trainings.register(session.id());
    String changed =
        "select count(*) from notification where kind = 'TRAINING_CHANGED' and dedupe_key like ?";
    String mails =
        "select count(*) from mail_outbox o join notification n on n.id = o.notification_id"
            + " where n.kind = 'TRAINING_CHANGED' and n.dedupe_key like ?";
    String key = "training-changed:" + session.id() + ":%";

    assertThrows(
        AccessDenied.class,
        () -> trainings.edit(session.id(), draft(starts.plus(Duration.ofHours(1)), 5)));
    provider(OTHER);
    assertThrows(
        NotFound.class,
        () -> trainings.edit(session.id(), draft(starts.plus(Duration.ofHours(1)), 5)));
    provider(TENANT);
    trainings.edit(
        session.id(),
        new TrainingSession.Draft("政务云运维培训（更新）", starts, 90, "衢州市政务服务中心 301", null, 5, null));
    assertEquals(0, count(TENANT, changed, key), "a new title alone is no move");

    trainings.edit(
        session.id(),
        new TrainingSession.Draft("政务云运维培训", starts, 90, "衢州市政务服务中心 502", null, 5, null));
    assertEquals(1, count(TENANT, changed, key));
    assertEquals(1, count(TENANT, mails, key));
    trainings.edit(session.id(), draft(starts.plus(Duration.ofHours(2)), 5));
    assertEquals(2, count(TENANT, changed, key));
    assertEquals(
        1,
        count(
            TENANT,
            "select count(*) from notification where kind = 'TRAINING_CHANGED'"
                + " and dedupe_key like ? and recipient_role = 'unit-applicant'"
                + " and cast(arguments as text) like '%301%'",
            key));
  }

  @Inject TrainingMaterials materials;

  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
          .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  @Test
  @DisplayName(
      "Art. 14: the provider uploads a material file; registered unit staff download it, audited; unregistered 409, wrong role 403, another tenant 404, a disguised file 400 with nothing stored")
  void art14_trainingMaterialFiles() throws Exception {
    provider(TENANT);
    TrainingSession session = trainings.schedule(draft(Instant.now().plus(Duration.ofDays(50)), 5));
    long stored = count(TENANT, "select count(*) from training_material");
    InvalidInputException bad =
        assertThrows(
            InvalidInputException.class,
            () ->
                materials.upload(
                    session.id(),
                    "讲义.pdf",
                    new java.io.ByteArrayInputStream(new byte[] {'M', 'Z', 0, 1, 2})));
    assertEquals(Set.of("file"), Set.copyOf(bad.errors().stream().map(e -> e.field()).toList()));
    assertEquals(stored, count(TENANT, "select count(*) from training_material"));
    TrainingMaterial file =
        materials.upload(session.id(), "讲义.pdf", new java.io.ByteArrayInputStream(PDF));
    assertEquals("application/pdf", file.contentType());

    applicant(TENANT);
    assertThrows(
        AccessDenied.class,
        () -> materials.upload(session.id(), "x.pdf", new java.io.ByteArrayInputStream(PDF)));
    assertThrows(Conflict.class, () -> materials.of(session.id()));
    assertThrows(Conflict.class, () -> materials.download(session.id(), file.id()));
    trainings.register(session.id());
    assertEquals(List.of(file.id()), materials.of(session.id()).stream().map(m -> m.id()).toList());
    TrainingMaterials.Download download = materials.download(session.id(), file.id());
    assertEquals(PDF.length, java.nio.file.Files.size(download.file()));
    assertEquals(
        1,
        count(
            TENANT,
            "select count(*) from audit_event where action = 'training.material.download'"
                + " and entity_id = ?",
            Long.toString(file.id())));

    provider(OTHER);
    assertThrows(NotFound.class, () -> materials.of(session.id()));
    assertThrows(NotFound.class, () -> materials.download(session.id(), file.id()));
    assertThrows(
        NotFound.class,
        () -> materials.upload(session.id(), "x.pdf", new java.io.ByteArrayInputStream(PDF)));
    provider(TENANT);
    assertThrows(NotFound.class, () -> materials.download(session.id(), file.id() + 100_000));
    trainings.cancel(session.id());
    assertThrows(
        Conflict.class,
        () -> materials.upload(session.id(), "x.pdf", new java.io.ByteArrayInputStream(PDF)));
  }
}
