package cn.gov.zj.cloud.privateportal.access;

import static cn.gov.zj.cloud.privateportal.Deployments.actAs;
import static cn.gov.zj.cloud.privateportal.Deployments.demoUnit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.access.Scope;
import cn.gov.zj.cloud.domain.registry.CloudStatus;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.validation.InvalidInputException;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.AuditProbe;
import cn.gov.zj.cloud.privateportal.Deployments;
import cn.gov.zj.cloud.privateportal.TenantRows;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
import cn.gov.zj.cloud.privateportal.registry.AppSystem;
import cn.gov.zj.cloud.privateportal.registry.Systems;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Art. 20: a refused access session stays on record (who, which system, why) in a transaction of
 * its own and is audited, while the refused request stores no session; the unit sees its refusals
 * beside its sessions, another tenant none; bad input is 400 and records no refusal.
 */
@ExtendWith(ArquillianExtension.class)
class AccessRefusalsIT {

  private static final String TENANT = "ningbo";

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal().addClass(TenantRows.class);
  }

  @Inject HttpServletRequest request;
  @Inject AccessGrants grants;
  @Inject AccessSessions sessions;
  @Inject AccessRefusals refusals;
  @Inject Systems systems;
  @Inject AuditProbe audit;

  @Resource(lookup = "java:app/jdbc/private")
  DataSource dataSource;

  private AppSystem system() {
    return Deployments.system(request, systems, TENANT, "拒绝-", CloudStatus.NOT_MIGRATED);
  }

  private AccessRefused refused(AppSystem system, Scope scope) {
    actAs(request, TENANT, null, Role.PROVIDER_OPERATOR);
    return assertThrows(
        AccessRefused.class,
        () ->
            sessions.start(
                new SessionDraft(system.getId(), scope, "运维张三", "检查索引", false, null),
                new Violations()));
  }

  private long rows(String table, AppSystem system) throws Exception {
    return TenantRows.count(
        dataSource,
        TENANT,
        "select count(*) from " + table + " where system_id = ?",
        system.getId());
  }

  private List<AccessRefusal> seen(AppSystem system) {
    return refusals
        .list(system.getId(), PageRequest.strict(null, null, "at", null, Set.of("at"), "at"))
        .items();
  }

  @Test
  @DisplayName(
      "Art. 20: a refused session is recorded and audited though the request stores nothing;"
          + " the unit sees who tried, on which system and why")
  void art20_refusedSessionRecordedAndShown() throws Exception {
    AppSystem system = system();
    assertEquals("NO_GRANT", refused(system, Scope.HOST).reason());
    actAs(request, TENANT, demoUnit(TENANT), Role.UNIT_APPLICANT);
    Instant from = Instant.now().minusSeconds(60);
    AccessGrant granted =
        grants.ask(
            new GrantDraft(
                system.getId(), List.of(Scope.DATABASE), "巡检", from, from.plus(Duration.ofDays(1))),
            new Violations());
    assertEquals("SCOPE_NOT_COVERED", refused(system, Scope.HOST).reason());
    assertEquals(0, rows("access_session", system));
    assertEquals(2, rows("access_refusal", system));

    actAs(request, TENANT, demoUnit(TENANT), Role.UNIT_SECURITY_OFFICER);
    List<AccessRefusal> shown = seen(system);
    assertEquals(
        List.of("SCOPE_NOT_COVERED", "NO_GRANT"),
        shown.stream().map(AccessRefusal::reason).toList());
    AccessRefusal last = shown.get(0);
    assertEquals(TENANT + ".test", last.recordedBy());
    assertEquals(system.getName(), last.systemName());
    assertEquals("HOST", last.scope());
    assertEquals("运维张三", last.operator());
    assertTrue(audit.actionsAbout("access-refusal", last.id()).contains("access.session.refused"));
    assertTrue(granted.id() > 0);
  }

  @Test
  @DisplayName("Attack: another tenant sees none of the refusals; bad input records none (400)")
  void otherTenantAndBadInput() throws Exception {
    AppSystem system = system();
    refused(system, Scope.STORAGE);
    actAs(request, "lishui", null, Role.TENANT_ADMIN);
    assertEquals(List.of(), seen(system));
    actAs(request, TENANT, null, Role.PROVIDER_OPERATOR);
    assertThrows(
        InvalidInputException.class,
        () ->
            sessions.start(
                new SessionDraft(system.getId(), Scope.HOST, " ", "检查索引", false, null),
                new Violations()));
    assertEquals(1, rows("access_refusal", system));
  }
}
