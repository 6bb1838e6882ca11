package cn.gov.zj.cloud.privateportal.fault;

import static cn.gov.zj.cloud.privateportal.Deployments.actAs;
import static cn.gov.zj.cloud.privateportal.Deployments.demoUnit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.fault.FaultAction;
import cn.gov.zj.cloud.domain.fault.FaultState;
import cn.gov.zj.cloud.domain.fault.Severity;
import cn.gov.zj.cloud.domain.registry.CloudStatus;
import cn.gov.zj.cloud.domain.registry.CreditCode;
import cn.gov.zj.cloud.domain.registry.SystemDetails;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.tenant.Tenant;
import cn.gov.zj.cloud.domain.tenant.TenantDirectory;
import cn.gov.zj.cloud.domain.tenant.TenantId;
import cn.gov.zj.cloud.domain.validation.FieldError;
import cn.gov.zj.cloud.domain.validation.InvalidInputException;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.AuditProbe;
import cn.gov.zj.cloud.privateportal.Deployments;
import cn.gov.zj.cloud.privateportal.application.Applications;
import cn.gov.zj.cloud.privateportal.application.CloudApplication;
import cn.gov.zj.cloud.privateportal.notification.DeadlineWatch;
import cn.gov.zj.cloud.privateportal.notification.Notifications;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
import cn.gov.zj.cloud.privateportal.registry.AppSystem;
import cn.gov.zj.cloud.privateportal.registry.Systems;
import cn.gov.zj.cloud.privateportal.registry.Units;
import cn.gov.zj.cloud.privateportal.registry.UsingUnit;
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
import java.util.ArrayList;
import java.util.Collections;
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
 * Art. 13: faults in Payara Micro on PostgreSQL: the lifecycle with its clocks, refusals (403, 409,
 * 404, 400 with nothing stored), the overdue scan once per due time, the rating invitation of a
 * resolution (Art. 23) and the monthly tally (Art. 15).
 */
@ExtendWith(ArquillianExtension.class)
class FaultsIT {

  private static final String TENANT = "quzhou";
  private static final String OTHER_TENANT = "zhoushan";

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @Inject HttpServletRequest request;
  @Inject Faults faults;
  @Inject FaultActions actions;
  @Inject FaultStatistics statistics;
  @Inject Applications applications;
  @Inject Systems systems;
  @Inject Units units;
  @Inject Notifications notifications;
  @Inject AuditProbe audit;
  @EJB DeadlineWatch watch;

  @Resource(lookup = "java:app/jdbc/private")
  DataSource dataSource;

  /** A new system of the tenant's demo unit whose application runs in production. */
  private AppSystem running(String tenant) throws Exception {
    actAs(request, tenant, demoUnit(tenant), Role.UNIT_APPLICANT);
    AppSystem system = registered();
    CloudApplication draft =
        applications.open(
            system.getId(), List.of(Deployments.bandwidth(20)), null, new Violations());
    // the lifecycle up to activation is LifecycleIT's; here the application is simply in production
    sql(tenant, "update application set state = 'ACTIVE' where id = ?", draft.getId());
    return system;
  }

  private AppSystem registered() {
    return systems.register(
        null,
        new SystemDetails.Draft(
            "故障-" + UUID.randomUUID(), null, 2, "刘八", CloudStatus.NOT_MIGRATED, null, null, false));
  }

  private Fault report(String tenant, AppSystem system, Severity severity) {
    actAs(request, tenant, demoUnit(tenant), Role.UNIT_SECURITY_OFFICER);
    return faults.report(system.getId(), severity, "门户无法登录", "统一认证返回 502", new Violations());
  }

  private Fault fire(String tenant, Role role, Fault fault, String action, String text) {
    actAs(request, tenant, role.isUnitStaff() ? demoUnit(tenant) : null, role);
    return actions.fire(fault.getId(), action, text);
  }

  private List<String> kindsOf(String tenant, Role role, String unit, long applicationId) {
    Tenant found = TenantDirectory.load().find(tenant).orElseThrow();
    String user = tenant + ".reader-" + role.realmRole();
    request.setAttribute(Actor.ATTRIBUTE, new Actor(found, user, user, Set.of(role), unit));
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
      connection.setAutoCommit(false);
      scope(connection, tenant);
      try (PreparedStatement update = connection.prepareStatement(statement)) {
        for (int i = 0; i < values.length; i++) {
          update.setObject(i + 1, values[i]);
        }
        update.executeUpdate();
      }
      connection.commit();
    }
  }

  private long count(String tenant, String query, Object... values) throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      scope(connection, tenant);
      try (PreparedStatement select = connection.prepareStatement(query)) {
        for (int i = 0; i < values.length; i++) {
          select.setObject(i + 1, values[i]);
        }
        try (ResultSet rows = select.executeQuery()) {
          rows.next();
          return rows.getLong(1);
        } finally {
          connection.rollback();
        }
      }
    }
  }

  private static void scope(Connection connection, String tenant) throws Exception {
    try (PreparedStatement scope =
        connection.prepareStatement("select set_config('app.tenant', ?, true)")) {
      scope.setString(1, tenant);
      scope.execute();
    }
  }

  @Test
  @DisplayName(
      "Art. 13: a unit reports a P2 fault, the provider acknowledges and resolves it, the unit"
          + " confirms: clocks met, history, audit, and a rating invitation to the unit (Art. 23)")
  void art13_lifecycle() throws Exception {
    AppSystem system = running(TENANT);
    Instant before = Instant.now();
    Fault fault = report(TENANT, system, Severity.P2);
    assertEquals(FaultState.REPORTED, fault.getState());
    Duration response = Duration.between(fault.getReportedAt(), fault.getResponseDue());
    assertEquals(Duration.ofMinutes(30), response);
    assertEquals(
        Duration.ofHours(8), Duration.between(fault.getReportedAt(), fault.getResolutionDue()));
    assertFalse(fault.getReportedAt().isBefore(before.minusSeconds(5)));
    assertEquals(
        List.of("FAULT_REPORTED"),
        kindsOf(TENANT, Role.PROVIDER_OPERATOR, null, fault.getApplicationId()));

    fire(TENANT, Role.PROVIDER_OPERATOR, fault, "acknowledge", null);
    fire(TENANT, Role.PROVIDER_OPERATOR, fault, "resolve", "已重启认证服务");
    Fault closed = fire(TENANT, Role.UNIT_APPLICANT, fault, "confirm", null);

    assertEquals(FaultState.CLOSED, closed.getState());
    assertEquals("已重启认证服务", closed.getResolution());
    Instant now = Instant.now();
    assertEquals(java.util.Optional.of(true), closed.responseMet(now));
    assertEquals(java.util.Optional.of(true), closed.resolutionMet(now));
    actAs(request, TENANT, null, Role.REVIEWER);
    assertEquals(
        List.of("report", "acknowledge", "resolve", "confirm"),
        faults.history(fault.getId()).stream().map(FaultEvent::getAction).toList());
    List<String> audited = new ArrayList<>(audit.actionsAbout("fault", fault.getId()));
    Collections.reverse(audited);
    assertEquals(
        List.of("fault.report", "fault.acknowledge", "fault.resolve", "fault.confirm"), audited);
    assertEquals(
        1,
        count(
            TENANT,
            "select count(*) from rating_invitation where application_id = ? and event = ?",
            fault.getApplicationId(),
            FaultActions.RATED_EVENT));
    assertTrue(
        kindsOf(TENANT, Role.UNIT_APPLICANT, demoUnit(TENANT), fault.getApplicationId())
            .contains("RATING_INVITATION"));
  }

  @Test
  @DisplayName("Art. 13: the wrong role is refused (403), whatever the state")
  void art13_wrongRoleIs403() throws Exception {
    Fault fault = report(TENANT, running(TENANT), Severity.P3);
    FaultRefused byUnit =
        assertThrows(
            FaultRefused.class,
            () -> fire(TENANT, Role.UNIT_APPLICANT, fault, "acknowledge", null));
    assertTrue(byUnit.refusal().wrongRole());
    FaultRefused byReviewer =
        assertThrows(
            FaultRefused.class, () -> fire(TENANT, Role.REVIEWER, fault, "resolve", "已修复"));
    assertTrue(byReviewer.refusal().wrongRole());
    actAs(request, TENANT, null, Role.SECURITY_SUPERVISOR);
    assertThrows(AccessDenied.class, () -> faults.get(fault.getId()));
    actAs(request, TENANT, null, Role.PROVIDER_OPERATOR);
    assertThrows(
        AccessDenied.class,
        () -> faults.report(fault.getSystemId(), Severity.P1, "t", "d", new Violations()));
  }

  @Test
  @DisplayName(
      "Art. 13: the wrong state is refused (409) naming what is allowed now; nothing moves")
  void art13_wrongStateIs409() throws Exception {
    Fault fault = report(TENANT, running(TENANT), Severity.P4);
    fire(TENANT, Role.PROVIDER_OPERATOR, fault, "acknowledge", null);
    FaultRefused again =
        assertThrows(
            FaultRefused.class,
            () -> fire(TENANT, Role.PROVIDER_OPERATOR, fault, "acknowledge", null));
    assertFalse(again.refusal().wrongRole());
    assertEquals(FaultState.ACKNOWLEDGED, again.refusal().state());
    assertEquals(List.of(FaultAction.RESOLVE, FaultAction.ESCALATE), again.refusal().allowedNow());
    assertThrows(
        FaultRefused.class, () -> fire(TENANT, Role.UNIT_APPLICANT, fault, "confirm", null));
    actAs(request, TENANT, null, Role.REVIEWER);
    assertEquals(2, faults.history(fault.getId()).size());
    assertThrows(NotFound.class, () -> fire(TENANT, Role.PROVIDER_OPERATOR, fault, "delete", null));
  }

  @Test
  @DisplayName("Art. 13, Art. 4: another tenant's fault and another unit's fault are 404")
  void art13_otherTenantsFaultIs404() throws Exception {
    Fault fault = report(TENANT, running(TENANT), Severity.P3);
    actAs(request, OTHER_TENANT, null, Role.PROVIDER_OPERATOR);
    assertThrows(NotFound.class, () -> faults.get(fault.getId()));
    assertThrows(NotFound.class, () -> actions.fire(fault.getId(), "acknowledge", null));
    actAs(request, TENANT, otherUnit(TENANT), Role.UNIT_APPLICANT);
    assertThrows(NotFound.class, () -> faults.get(fault.getId()));
    assertThrows(NotFound.class, () -> actions.fire(fault.getId(), "confirm", null));
  }

  @Test
  @DisplayName(
      "Art. 13: a fault of another unit's system, or of a system not in production, is refused"
          + " naming systemId; nothing is stored")
  void art13_anotherUnitsSystemRefused() throws Exception {
    AppSystem theirs = running(TENANT);
    actAs(request, TENANT, demoUnit(TENANT), Role.UNIT_APPLICANT);
    AppSystem notRunning = registered();
    long before = count(TENANT, "select count(*) from fault");
    actAs(request, TENANT, otherUnit(TENANT), Role.UNIT_APPLICANT);
    assertEquals("systemId", refusedField(theirs.getId()));
    actAs(request, TENANT, demoUnit(TENANT), Role.UNIT_APPLICANT);
    assertEquals("systemId", refusedField(notRunning.getId()));
    actAs(request, OTHER_TENANT, demoUnit(OTHER_TENANT), Role.UNIT_APPLICANT);
    assertEquals("systemId", refusedField(theirs.getId()));
    assertEquals(before, count(TENANT, "select count(*) from fault"));
  }

  private String refusedField(long systemId) {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> faults.report(systemId, Severity.P2, "t", "d", new Violations()));
    assertEquals("fault.system.notActive", refused.errors().get(0).messageKey());
    return refused.errors().get(0).field();
  }

  @Test
  @DisplayName("Art. 13: bad input names every field (400) and stores nothing, no event, no audit")
  void art13_badInputIs400NothingStored() throws Exception {
    AppSystem system = running(TENANT);
    long before = count(TENANT, "select count(*) from fault");
    long events = count(TENANT, "select count(*) from audit_event where action = 'fault.report'");
    actAs(request, TENANT, demoUnit(TENANT), Role.UNIT_APPLICANT);
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                faults.report(
                    system.getId(),
                    null,
                    " ",
                    "x".repeat(Faults.MAX_DESCRIPTION + 1),
                    new Violations()));
    assertEquals(
        Set.of("severity", "title", "description"),
        Set.copyOf(refused.errors().stream().map(FieldError::field).toList()));
    Fault fault = report(TENANT, system, Severity.P2);
    InvalidInputException noText =
        assertThrows(
            InvalidInputException.class,
            () -> fire(TENANT, Role.PROVIDER_OPERATOR, fault, "resolve", "  "));
    assertEquals("resolution", noText.errors().get(0).field());
    assertEquals(before + 1, count(TENANT, "select count(*) from fault"));
    assertEquals(
        events + 1,
        count(TENANT, "select count(*) from audit_event where action = 'fault.report'"));
    actAs(request, TENANT, null, Role.REVIEWER);
    assertEquals(FaultState.REPORTED, faults.get(fault.getId()).getState());
  }

  @Test
  @DisplayName(
      "Art. 13: an unmet response and resolution past due notify the provider and the unit and"
          + " escalate to the reviewer and the administrator, once per due time")
  void art13_overdueScanNotifiesOnce() throws Exception {
    Fault fault = report(TENANT, running(TENANT), Severity.P1);
    sql(
        TENANT,
        "update fault set response_due = now() - interval '1 hour',"
            + " resolution_due = now() - interval '1 minute' where id = ?",
        fault.getId());
    watch.scanAll();
    watch.scanAll();
    long application = fault.getApplicationId();
    assertEquals(
        2,
        Collections.frequency(
            kindsOf(TENANT, Role.PROVIDER_OPERATOR, null, application), "FAULT_OVERDUE"));
    assertEquals(
        2,
        Collections.frequency(
            kindsOf(TENANT, Role.UNIT_APPLICANT, demoUnit(TENANT), application), "FAULT_OVERDUE"));
    assertEquals(
        2,
        Collections.frequency(
            kindsOf(TENANT, Role.REVIEWER, null, application), "FAULT_ESCALATION"));
    assertEquals(
        2,
        Collections.frequency(
            kindsOf(TENANT, Role.TENANT_ADMIN, null, application), "FAULT_ESCALATION"));
    actAs(request, TENANT, null, Role.REVIEWER);
    assertTrue(
        faults
            .list(
                new FaultFilter(null, Severity.P1, true, fault.getSystemId()),
                PageRequest.strict("0", "20", null, null, Faults.SORTABLE.keySet(), "id"))
            .items()
            .stream()
            .anyMatch(f -> f.getId().equals(fault.getId())));
    assertEquals(
        0,
        faults
            .list(
                new FaultFilter(FaultState.CLOSED, null, false, fault.getSystemId()),
                PageRequest.strict("0", "20", null, null, Faults.SORTABLE.keySet(), "id"))
            .total());
  }

  @Test
  @DisplayName(
      "Art. 13: reopened by the unit, the fault is ACKNOWLEDGED and its resolution clock"
          + " runs again from the reopening")
  void art13_reopenRunsTheResolutionClockAgain() throws Exception {
    Fault fault = report(TENANT, running(TENANT), Severity.P2);
    fire(TENANT, Role.PROVIDER_OPERATOR, fault, "resolve", "已修复");
    sql(
        TENANT,
        "update fault set resolution_due = now() - interval '1 minute' where id = ?",
        fault.getId());
    Instant reopenedAround = Instant.now();
    Fault reopened = fire(TENANT, Role.UNIT_SECURITY_OFFICER, fault, "reopen", "仍然无法登录");
    assertEquals(FaultState.ACKNOWLEDGED, reopened.getState());
    Duration fromReopening = Duration.between(reopenedAround, reopened.getResolutionDue());
    assertTrue(
        fromReopening.compareTo(Duration.ofHours(8).minusSeconds(30)) > 0
            && fromReopening.compareTo(Duration.ofHours(8).plusSeconds(30)) < 0,
        fromReopening.toString());
    assertEquals(java.util.Optional.empty(), reopened.resolutionMet(Instant.now()));
    assertInstanceOf(Fault.class, fire(TENANT, Role.PROVIDER_OPERATOR, fault, "resolve", "已更换证书"));
    assertEquals(
        1,
        count(
            TENANT,
            "select count(*) from rating_invitation where application_id = ?",
            fault.getApplicationId()),
        "one invitation per fault, not per resolution");
  }

  @Test
  @DisplayName(
      "Art. 25: the administrator shortens a target; longer ones are refused; a new"
          + " fault runs on the shorter one")
  void art25_tenantShortensATarget() throws Exception {
    String tenant = "lishui";
    actAs(request, tenant, null, Role.REVIEWER);
    assertThrows(AccessDenied.class, () -> rules.change(Map.of("P2.response", 20)));
    actAs(request, tenant, null, Role.TENANT_ADMIN);
    assertThrows(InvalidInputException.class, () -> rules.change(Map.of("P2.response", 31)));
    rules.change(Map.of("P2.response", 20));
    try {
      Fault fault = report(tenant, running(tenant), Severity.P2);
      assertEquals(
          Duration.ofMinutes(20), Duration.between(fault.getReportedAt(), fault.getResponseDue()));
      assertEquals("20 MINUTES", fault.getResponseTarget());
    } finally {
      actAs(request, tenant, null, Role.TENANT_ADMIN);
      rules.change(Map.of());
    }
  }

  @Inject FaultRules rules;

  @Test
  @DisplayName("Art. 15: the month's faults of a unit per severity, with the targets met")
  void art15_monthlyTally() throws Exception {
    String tenant = "jiaxing";
    AppSystem system = running(tenant);
    actAs(request, tenant, demoUnit(tenant), Role.UNIT_APPLICANT);
    long unit = system.getUnitId();
    YearMonth month = YearMonth.now(java.time.ZoneId.of("Asia/Shanghai"));
    long p3Before =
        statistics.monthly(new TenantId(tenant), unit, month).get(Severity.P3).reported();
    Fault met = report(tenant, system, Severity.P3);
    Fault late = report(tenant, system, Severity.P3);
    fire(tenant, Role.PROVIDER_OPERATOR, met, "resolve", "已处理");
    sql(
        tenant,
        "update fault set response_due = now() - interval '1 hour' where id = ?",
        late.getId());
    fire(tenant, Role.PROVIDER_OPERATOR, late, "acknowledge", null);
    FaultTally p3 = statistics.monthly(new TenantId(tenant), unit, month).get(Severity.P3);
    assertEquals(p3Before + 2, p3.reported());
    assertTrue(p3.responseMet() >= 1 && p3.responseMet() <= p3.reported() - 1, p3.toString());
    assertEquals(
        0,
        statistics
            .monthly(new TenantId(tenant), unit, month.minusYears(5))
            .get(Severity.P1)
            .reported());
  }

  @Inject FaultAttachments attachments;

  @Test
  @DisplayName(
      "Art. 13: files attached to a fault are checked by content (a bad one leaves nothing),"
          + " downloads are audited, and a closed fault takes no more")
  void art13_attachments() throws Exception {
    Fault fault = report(TENANT, running(TENANT), Severity.P3);
    byte[] pdf =
        "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    actAs(request, TENANT, demoUnit(TENANT), Role.UNIT_SECURITY_OFFICER);
    FaultAttachment stored =
        attachments.upload(fault.getId(), "截图.pdf", new java.io.ByteArrayInputStream(pdf));
    InvalidInputException bad =
        assertThrows(
            InvalidInputException.class,
            () ->
                attachments.upload(
                    fault.getId(),
                    "x.pdf",
                    new java.io.ByteArrayInputStream("MZ not a pdf".getBytes())));
    assertEquals("file", bad.errors().get(0).field());
    actAs(request, TENANT, null, Role.REVIEWER);
    assertThrows(
        AccessDenied.class,
        () -> attachments.upload(fault.getId(), "a.pdf", new java.io.ByteArrayInputStream(pdf)));
    assertEquals(
        List.of(stored.getId()),
        attachments.of(fault.getId()).stream().map(FaultAttachment::getId).toList());
    assertEquals(
        stored.getSha256(),
        attachments.download(fault.getId(), stored.getId()).attachment().getSha256());
    assertTrue(
        audit
            .actionsAbout("fault-attachment", stored.getId())
            .contains("fault.attachment.download"));
    actAs(request, OTHER_TENANT, null, Role.PROVIDER_OPERATOR);
    assertThrows(NotFound.class, () -> attachments.download(fault.getId(), stored.getId()));
    fire(TENANT, Role.PROVIDER_OPERATOR, fault, "resolve", "已处理");
    fire(TENANT, Role.UNIT_APPLICANT, fault, "confirm", null);
    actAs(request, TENANT, demoUnit(TENANT), Role.UNIT_APPLICANT);
    assertThrows(
        cn.gov.zj.cloud.privateportal.rest.Conflict.class,
        () -> attachments.upload(fault.getId(), "b.pdf", new java.io.ByteArrayInputStream(pdf)));
  }

  /** A second unit of the tenant, with its credit code. */
  private String otherUnit(String tenant) {
    actAs(request, tenant, null, Role.TENANT_ADMIN);
    String first17 =
        "12330800"
            + String.format(
                "%09d", Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L));
    String code = first17 + CreditCode.checkCharacter(first17);
    UsingUnit unit = units.create("故障测试局", code, "0570-88888888");
    return unit.getCreditCode();
  }

  @Test
  @DisplayName(
      "Art. 13: the demo seed gives the demo unit's system faults in every state with their histories and targets met, once; the unit sees them")
  void art13_demoFaultsInEveryState() throws Exception {
    AppSystem system = running(TENANT);
    Instant now = Instant.now();
    for (int run = 0; run < 2; run++) {
      try (Connection connection = dataSource.getConnection()) {
        connection.setAutoCommit(false);
        scope(connection, TENANT);
        DemoFaults.seed(
            connection, new TenantId(TENANT), system.getUnitId(), system.getName(), now);
        connection.commit();
      }
    }
    actAs(request, TENANT, demoUnit(TENANT), Role.UNIT_APPLICANT);
    List<Fault> seeded =
        faults
            .list(
                new FaultFilter(null, null, false, system.getId()),
                PageRequest.strict("0", "20", null, null, Faults.SORTABLE.keySet(), "id"))
            .items()
            .stream()
            .sorted(java.util.Comparator.comparing(Fault::getId))
            .toList();
    assertEquals(
        List.of(
            FaultState.REPORTED, FaultState.ACKNOWLEDGED, FaultState.RESOLVED, FaultState.CLOSED),
        seeded.stream().map(Fault::getState).toList(),
        "seeded once, in every state");
    for (int i = 0; i < seeded.size(); i++) {
      Fault fault = seeded.get(i);
      assertEquals(i + 1, faults.history(fault.getId()).size(), fault.getTitle());
      assertTrue(fault.responseMet(now).orElse(true), fault.getTitle());
      assertTrue(fault.resolutionMet(now).orElse(true), fault.getTitle());
      assertFalse(fault.isOverdue(now), fault.getTitle());
    }
  }
}
