package cn.gov.zj.cloud.privateportal.access;

import static cn.gov.zj.cloud.privateportal.Deployments.actAs;
import static cn.gov.zj.cloud.privateportal.Deployments.demoUnit;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.access.GrantAction;
import cn.gov.zj.cloud.domain.access.GrantState;
import cn.gov.zj.cloud.domain.access.Scope;
import cn.gov.zj.cloud.domain.registry.CloudStatus;
import cn.gov.zj.cloud.domain.registry.CreditCode;
import cn.gov.zj.cloud.domain.registry.SystemDetails;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.tenant.TenantDirectory;
import cn.gov.zj.cloud.domain.validation.FieldError;
import cn.gov.zj.cloud.domain.validation.InvalidInputException;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.AuditProbe;
import cn.gov.zj.cloud.privateportal.Deployments;
import cn.gov.zj.cloud.privateportal.application.ApplicationAttachment;
import cn.gov.zj.cloud.privateportal.application.Applications;
import cn.gov.zj.cloud.privateportal.application.Attachments;
import cn.gov.zj.cloud.privateportal.application.CloudApplication;
import cn.gov.zj.cloud.privateportal.notification.Notifications;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
import cn.gov.zj.cloud.privateportal.registry.AppSystem;
import cn.gov.zj.cloud.privateportal.registry.Systems;
import cn.gov.zj.cloud.privateportal.registry.Units;
import cn.gov.zj.cloud.privateportal.rest.Conflict;
import cn.gov.zj.cloud.privateportal.security.AccessDenied;
import cn.gov.zj.cloud.privateportal.security.Actor;
import cn.gov.zj.cloud.privateportal.tenant.NotFound;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
 * Art. 20: provider access only under the unit's time-bounded grant, every access recorded, in
 * Payara Micro on PostgreSQL; with the attacks (another tenant, another unit, wrong role, wrong
 * state, bad input) and least privilege on the unit's materials.
 */
@ExtendWith(ArquillianExtension.class)
class AccessGrantsIT {

  private static final String TENANT = "quzhou";
  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @Inject HttpServletRequest request;
  @Inject AccessGrants grants;
  @Inject AccessSessions sessions;
  @Inject Systems systems;
  @Inject Units units;
  @Inject Applications applications;
  @Inject Attachments attachments;
  @Inject Notifications notifications;
  @Inject AuditProbe audit;

  @Resource(lookup = "java:app/jdbc/private")
  DataSource dataSource;

  private AppSystem system() {
    actAs(request, TENANT, demoUnit(TENANT), Role.UNIT_APPLICANT);
    return systems.register(
        null,
        new SystemDetails.Draft(
            "访问-" + UUID.randomUUID(), null, 3, "周九", CloudStatus.NOT_MIGRATED, null, null, false));
  }

  private void as(String username, Role role, String unit) {
    var tenant = TenantDirectory.load().find(TENANT).orElseThrow();
    request.setAttribute(
        Actor.ATTRIBUTE, new Actor(tenant, username, username, Set.of(role), unit));
  }

  private void provider() {
    as("quzhou.provider", Role.PROVIDER_OPERATOR, null);
  }

  private void officer() {
    as("quzhou.officer", Role.UNIT_SECURITY_OFFICER, demoUnit(TENANT));
  }

  private static GrantDraft draft(long system, Duration length, Scope... scopes) {
    Instant from = Instant.now().minusSeconds(60);
    return new GrantDraft(system, List.of(scopes), "排查慢查询", from, from.plus(length));
  }

  private AccessGrant approved(AppSystem system, Scope... scopes) {
    provider();
    AccessGrant asked =
        grants.ask(draft(system.getId(), Duration.ofDays(2), scopes), new Violations());
    officer();
    return grants.act(asked.id(), GrantAction.APPROVE);
  }

  private static SessionDraft session(long system, Scope scope) {
    return new SessionDraft(system, scope, "运维张三", "检查索引", false, null);
  }

  private AccessRefused refused(long system, Scope scope) {
    provider();
    return assertThrows(
        AccessRefused.class, () -> sessions.start(session(system, scope), new Violations()));
  }

  private long count(String table) throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      scope(connection);
      try (PreparedStatement select = connection.prepareStatement("select count(*) from " + table);
          ResultSet rows = select.executeQuery()) {
        rows.next();
        long found = rows.getLong(1);
        connection.commit();
        return found;
      }
    }
  }

  /** Moves a grant's window into the past, as if its time had passed. */
  private void expire(long grantId) throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      scope(connection);
      try (PreparedStatement update =
          connection.prepareStatement(
              "update access_grant set valid_from = ?, valid_until = ? where id = ?")) {
        Instant now = Instant.now();
        update.setTimestamp(1, Timestamp.from(now.minus(Duration.ofDays(3))));
        update.setTimestamp(2, Timestamp.from(now.minusSeconds(1)));
        update.setLong(3, grantId);
        assertEquals(1, update.executeUpdate());
      }
      connection.commit();
    }
  }

  private static void scope(Connection connection) throws Exception {
    try (PreparedStatement scope =
        connection.prepareStatement("select set_config('app.tenant', ?, true)")) {
      scope.setString(1, TENANT);
      scope.execute();
    }
  }

  private List<String> kinds(String username, Role role, String unit) {
    as(username, role, unit);
    PageRequest page =
        PageRequest.strict(
            "0", "100", "-createdAt", null, Notifications.SORTABLE.keySet(), "createdAt");
    return notifications.mine(false, page).items().stream().map(n -> n.getKind().name()).toList();
  }

  private static String freshCode() {
    String first17 =
        "12330800"
            + String.format(
                "%09d", Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L));
    return first17 + CreditCode.checkCharacter(first17);
  }

  @Test
  @DisplayName(
      "Art. 20: the provider asks, the officer is told and approves, a session is recorded and ended, all audited")
  void art20_askApproveRecordEnd() {
    AppSystem system = system();
    provider();
    AccessGrant asked =
        grants.ask(draft(system.getId(), Duration.ofDays(7), Scope.DATABASE), new Violations());
    assertEquals(GrantState.REQUESTED, asked.state());
    assertTrue(
        kinds("quzhou.officer", Role.UNIT_SECURITY_OFFICER, demoUnit(TENANT))
            .contains("ACCESS_REQUESTED"));
    officer();
    AccessGrant approved = grants.act(asked.id(), GrantAction.APPROVE);
    assertEquals(GrantState.APPROVED, approved.state());
    assertEquals("quzhou.officer", approved.decidedBy().orElseThrow());
    provider();
    AccessSession started =
        sessions.start(session(system.getId(), Scope.DATABASE), new Violations());
    assertEquals(asked.id(), started.grantId().orElseThrow());
    AccessSession ended = sessions.end(started.id(), "加了两个索引");
    assertTrue(ended.endedAt().isPresent());
    assertThrows(Conflict.class, () -> sessions.end(started.id(), "再次结束"));
    assertEquals(
        List.of("access.grant.approve", "access.grant.request"),
        audit.actionsAbout("access-grant", asked.id()));
    assertEquals(
        List.of("access.session.end", "access.session.start"),
        audit.actionsAbout("access-session", started.id()));
  }

  @Test
  @DisplayName("Art. 20: a unit grants without being asked; the grant is approved at once")
  void art20_unitGrantsDirectly() {
    AppSystem system = system();
    officer();
    AccessGrant given =
        grants.ask(
            draft(system.getId(), Duration.ofHours(4), Scope.HOST, Scope.STORAGE),
            new Violations());
    assertEquals(GrantState.APPROVED, given.state());
    assertEquals(List.of("access.grant.given"), audit.actionsAbout("access-grant", given.id()));
    provider();
    assertDoesNotThrow(
        () -> sessions.start(session(system.getId(), Scope.STORAGE), new Violations()));
  }

  @Test
  @DisplayName(
      "Art. 20: after expiry, after revocation, for another scope and without a grant the session is refused, nothing stored")
  void art20_sessionRefused() throws Exception {
    AppSystem none = system();
    assertEquals("NO_GRANT", refused(none.getId(), Scope.HOST).reason());
    AppSystem system = system();
    AccessGrant grant = approved(system, Scope.DATABASE);
    assertEquals("SCOPE_NOT_COVERED", refused(system.getId(), Scope.HOST).reason());
    long before = count("access_session");
    expire(grant.id());
    assertEquals("EXPIRED", refused(system.getId(), Scope.DATABASE).reason());
    officer();
    GrantConflict late =
        assertThrows(GrantConflict.class, () -> grants.act(grant.id(), GrantAction.REVOKE));
    assertTrue(late.expired());
    AppSystem revokedSystem = system();
    AccessGrant revoked = approved(revokedSystem, Scope.HOST);
    officer();
    assertEquals(GrantState.REVOKED, grants.act(revoked.id(), GrantAction.REVOKE).state());
    assertEquals("REVOKED", refused(revokedSystem.getId(), Scope.HOST).reason());
    assertEquals(before, count("access_session"));
  }

  @Test
  @DisplayName("Art. 20 wrong state: a refused grant is not approved, a request not revoked (409)")
  void wrongState() {
    AppSystem system = system();
    provider();
    AccessGrant asked =
        grants.ask(draft(system.getId(), Duration.ofDays(1), Scope.HOST), new Violations());
    officer();
    GrantConflict early =
        assertThrows(GrantConflict.class, () -> grants.act(asked.id(), GrantAction.REVOKE));
    assertEquals(GrantState.REQUESTED, early.state());
    grants.act(asked.id(), GrantAction.REFUSE);
    assertThrows(GrantConflict.class, () -> grants.act(asked.id(), GrantAction.APPROVE));
    assertEquals(GrantState.REFUSED, grants.get(asked.id()).state());
  }

  @Test
  @DisplayName(
      "Art. 20 wrong role: the department does not ask, the provider does not decide, unit staff do not record sessions (403)")
  void wrongRole() {
    AppSystem system = system();
    as("quzhou.reviewer", Role.REVIEWER, null);
    assertThrows(
        AccessDenied.class,
        () -> grants.ask(draft(system.getId(), Duration.ofDays(1), Scope.HOST), new Violations()));
    provider();
    AccessGrant asked =
        grants.ask(draft(system.getId(), Duration.ofDays(1), Scope.HOST), new Violations());
    assertThrows(AccessDenied.class, () -> grants.act(asked.id(), GrantAction.APPROVE));
    officer();
    assertThrows(
        AccessDenied.class,
        () -> sessions.start(session(system.getId(), Scope.HOST), new Violations()));
    as("quzhou.supervisor", Role.SECURITY_SUPERVISOR, null);
    assertThrows(AccessDenied.class, () -> grants.act(asked.id(), GrantAction.REFUSE));
    assertEquals(GrantState.REQUESTED, grants.get(asked.id()).state());
  }

  @Test
  @DisplayName(
      "Art. 20 another tenant, another unit: the grant and its sessions are not found (404)")
  void otherTenantAndUnit() {
    AppSystem system = system();
    AccessGrant grant = approved(system, Scope.HOST);
    actAs(request, "jinhua", null, Role.PROVIDER_OPERATOR);
    assertThrows(NotFound.class, () -> grants.get(grant.id()));
    actAs(request, "jinhua", demoUnit("jinhua"), Role.UNIT_SECURITY_OFFICER);
    assertThrows(NotFound.class, () -> grants.act(grant.id(), GrantAction.REVOKE));
    actAs(request, TENANT, null, Role.TENANT_ADMIN);
    String code = freshCode();
    units.create("衢州市访问测试局", code, "0570-88888888");
    as("quzhou.other", Role.UNIT_SECURITY_OFFICER, code);
    assertThrows(NotFound.class, () -> grants.get(grant.id()));
    assertThrows(NotFound.class, () -> grants.act(grant.id(), GrantAction.REVOKE));
    assertTrue(
        grants
            .list(null, null, PageRequest.strict(null, null, "at", null, Set.of("at"), "at"))
            .items()
            .isEmpty());
    InvalidInputException foreign =
        assertThrows(
            InvalidInputException.class,
            () ->
                grants.ask(
                    draft(system.getId(), Duration.ofDays(1), Scope.HOST), new Violations()));
    assertEquals("systemId", foreign.errors().get(0).field());
    officer();
    assertEquals(GrantState.APPROVED, grants.get(grant.id()).state());
  }

  @Test
  @DisplayName(
      "Art. 20 bad input: a window of 7 days and 1 minute, an end before the start, no scope, no purpose, no system: 400, nothing stored")
  void badInputNothingStored() throws Exception {
    AppSystem system = system();
    long before = count("access_grant");
    provider();
    Instant from = Instant.now();
    InvalidInputException tooLong =
        assertThrows(
            InvalidInputException.class,
            () ->
                grants.ask(
                    new GrantDraft(
                        system.getId(),
                        List.of(Scope.HOST),
                        "x",
                        from,
                        from.plus(Duration.ofDays(7)).plusSeconds(60)),
                    new Violations()));
    assertEquals("access.window.tooLong", tooLong.errors().get(0).messageKey());
    InvalidInputException all =
        assertThrows(
            InvalidInputException.class,
            () ->
                grants.ask(
                    new GrantDraft(null, List.of(), " ", from, from.minusSeconds(1)),
                    new Violations()));
    assertEquals(
        List.of("systemId", "scope", "purpose", "until"),
        all.errors().stream().map(FieldError::field).toList());
    InvalidInputException noReason =
        assertThrows(
            InvalidInputException.class,
            () ->
                sessions.start(
                    new SessionDraft(system.getId(), Scope.HOST, "运维", "修复", true, null),
                    new Violations()));
    assertEquals("reason", noReason.errors().get(0).field());
    assertEquals(before, count("access_grant"));
  }

  @Test
  @DisplayName(
      "Art. 20: emergency access without a grant is recorded, told to the officer and the department at once, and reviewed once")
  void art20_emergencyNotifiesAndIsReviewed() {
    AppSystem system = system();
    provider();
    AccessSession emergency =
        sessions.start(
            new SessionDraft(system.getId(), Scope.DATABASE, "值班李四", "恢复服务", true, "数据库宕机，业务中断"),
            new Violations());
    assertTrue(emergency.awaitingReview());
    assertTrue(
        kinds("quzhou.officer", Role.UNIT_SECURITY_OFFICER, demoUnit(TENANT))
            .contains("ACCESS_EMERGENCY"));
    assertTrue(kinds("quzhou.reviewer", Role.REVIEWER, null).contains("ACCESS_EMERGENCY"));
    assertFalse(
        kinds("quzhou.provider", Role.PROVIDER_OPERATOR, null).contains("ACCESS_EMERGENCY"));
    as("quzhou.reviewer", Role.REVIEWER, null);
    PageRequest page = PageRequest.strict(null, null, "at", null, Set.of("at"), "at");
    assertTrue(
        sessions.list(system.getId(), true, page).items().stream()
            .anyMatch(s -> s.id() == emergency.id()));
    AccessSession reviewed = sessions.review(emergency.id(), "原因属实，已确认");
    assertFalse(reviewed.awaitingReview());
    assertThrows(Conflict.class, () -> sessions.review(emergency.id(), "再审"));
    assertTrue(sessions.list(system.getId(), true, page).items().isEmpty());
    provider();
    assertThrows(AccessDenied.class, () -> sessions.review(emergency.id(), "自己审"));
  }

  @Test
  @DisplayName(
      "Art. 20 least privilege: the provider reads the backup confirmation, the construction plan only under a grant (403 before)")
  void art20_materialsUnderGrant() {
    AppSystem system = system();
    CloudApplication draft =
        applications.open(
            system.getId(), List.of(Deployments.bandwidth(20)), null, new Violations());
    ApplicationAttachment plan =
        attachments.upload(
            draft.getId(), "CONSTRUCTION_PLAN", "方案.pdf", new ByteArrayInputStream(PDF));
    ApplicationAttachment backup =
        attachments.upload(
            draft.getId(), "BACKUP_CONFIRMATION", "备份.pdf", new ByteArrayInputStream(PDF));
    provider();
    assertDoesNotThrow(() -> attachments.download(draft.getId(), backup.getId()));
    AccessRefused refused =
        assertThrows(AccessRefused.class, () -> attachments.download(draft.getId(), plan.getId()));
    assertEquals("MATERIAL", refused.reason());
    as("quzhou.reviewer", Role.REVIEWER, null);
    assertDoesNotThrow(() -> attachments.download(draft.getId(), plan.getId()));
    approved(system, Scope.STORAGE);
    provider();
    assertDoesNotThrow(() -> attachments.download(draft.getId(), plan.getId()));
  }
}
