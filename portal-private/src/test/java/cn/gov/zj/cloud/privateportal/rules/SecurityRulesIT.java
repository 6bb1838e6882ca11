package cn.gov.zj.cloud.privateportal.rules;

import static cn.gov.zj.cloud.privateportal.Deployments.actAs;
import static cn.gov.zj.cloud.privateportal.Deployments.demoUnit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.access.Scope;
import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.domain.calendar.WorkingDays;
import cn.gov.zj.cloud.domain.inspection.FindingSeverity;
import cn.gov.zj.cloud.domain.inspection.InspectionKind;
import cn.gov.zj.cloud.domain.registry.CloudStatus;
import cn.gov.zj.cloud.domain.rules.SecurityLimits;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.validation.InvalidInputException;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.AuditProbe;
import cn.gov.zj.cloud.privateportal.Deployments;
import cn.gov.zj.cloud.privateportal.TenantRows;
import cn.gov.zj.cloud.privateportal.access.AccessGrants;
import cn.gov.zj.cloud.privateportal.access.GrantDraft;
import cn.gov.zj.cloud.privateportal.calendar.WorkingCalendar;
import cn.gov.zj.cloud.privateportal.inspection.FindingDraft;
import cn.gov.zj.cloud.privateportal.inspection.FindingView;
import cn.gov.zj.cloud.privateportal.inspection.Findings;
import cn.gov.zj.cloud.privateportal.inspection.InspectionDraft;
import cn.gov.zj.cloud.privateportal.inspection.InspectionView;
import cn.gov.zj.cloud.privateportal.inspection.Inspections;
import cn.gov.zj.cloud.privateportal.registry.AppSystem;
import cn.gov.zj.cloud.privateportal.registry.Systems;
import cn.gov.zj.cloud.privateportal.security.AccessDenied;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Art. 17, 20, Art. 25: a tenant's security limits stored by its administrator, never longer than
 * the provincial defaults, audited, and used when findings are recorded and grants asked; the
 * attacks: a longer limit 400 naming the field with nothing stored, a wrong role 403, and another
 * tenant untouched.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityRulesIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal().addClass(TenantRows.class);
  }

  @Inject HttpServletRequest request;
  @Inject SecurityRules rules;
  @Inject Inspections inspections;
  @Inject Findings findings;
  @Inject AccessGrants grants;
  @Inject Systems systems;
  @Inject AuditProbe audit;
  @EJB WorkingCalendar calendar;

  @Resource(lookup = "java:app/jdbc/private")
  DataSource dataSource;

  private AppSystem system(String tenant) {
    return Deployments.system(request, systems, tenant, "时限-", CloudStatus.ON_CLOUD);
  }

  private long stored(String tenant) throws Exception {
    return TenantRows.count(
        dataSource, tenant, "select count(*) from security_rules where tenant_id = ?", tenant);
  }

  @Test
  @DisplayName(
      "Art. 25: a tenant shortens the HIGH rectification deadline to 2 working days; a finding"
          + " recorded after it is due then; the change is audited")
  void art25_shorterDeadlineUsedForFindings() throws Exception {
    String tenant = "shaoxing";
    AppSystem system = system(tenant);
    actAs(request, tenant, null, Role.TENANT_ADMIN);
    SecurityLimits limits = rules.change(Map.of("deadlines.HIGH", 2));
    assertEquals(WorkingDays.of(2), limits.deadlines().of(FindingSeverity.HIGH));
    assertEquals(Map.of("deadlines.HIGH", 2), rules.limits().shortened());
    assertTrue(audit.actionsAbout("security-rules", tenant).contains("security.rules.change"));

    actAs(request, tenant, null, Role.REVIEWER);
    InspectionView inspection =
        inspections.plan(
            new InspectionDraft(
                "例行检查",
                InspectionKind.ROUTINE,
                List.of(system.getUnitId()),
                LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 11, 30)));
    FindingView high =
        findings.record(
            inspection.id(), new FindingDraft(system.getId(), FindingSeverity.HIGH, "弱口令", null));
    FindingView low =
        findings.record(
            inspection.id(), new FindingDraft(system.getId(), FindingSeverity.LOW, "日志", null));
    LocalDate today = OfficialCalendar.dateOf(Instant.now());
    assertEquals(calendar.current().dueDate(today, WorkingDays.of(2)), high.rectificationDue());
    assertEquals(
        calendar.current().dueDate(today, WorkingDays.of(20)).date(),
        low.rectificationDue().date());
  }

  @Test
  @DisplayName(
      "Art. 20, 25: with grants of at most 1 day, a 2-day window is refused naming until, a"
          + " 1-day one (the edge) is asked")
  void art20_shorterGrantWindow() {
    String tenant = "huzhou";
    AppSystem system = system(tenant);
    actAs(request, tenant, null, Role.TENANT_ADMIN);
    rules.change(Map.of("grant.maxDays", 1));
    actAs(request, tenant, null, Role.PROVIDER_OPERATOR);
    Instant from = Instant.now().minusSeconds(60);
    Violations violations = new Violations();
    assertThrows(
        InvalidInputException.class,
        () -> {
          grants.ask(
              new GrantDraft(
                  system.getId(), List.of(Scope.HOST), "巡检", from, from.plus(Duration.ofDays(2))),
              violations);
          violations.throwIfAny();
        });
    assertTrue(violations.has("until"), violations.errors().toString());
    grants.ask(
        new GrantDraft(
            system.getId(), List.of(Scope.HOST), "巡检", from, from.plus(Duration.ofDays(1))),
        new Violations());
  }

  @Test
  @DisplayName(
      "Attack: a longer limit is 400 naming the field and nothing is stored; a wrong role 403;"
          + " another tenant keeps the provincial defaults")
  void longerWrongRoleOtherTenant() throws Exception {
    String tenant = "jinhua";
    actAs(request, tenant, null, Role.TENANT_ADMIN);
    InvalidInputException longer =
        assertThrows(
            InvalidInputException.class,
            () -> rules.change(Map.of("deadlines.MEDIUM", 11, "grant.maxDays", 8)));
    assertEquals(
        List.of("deadlines.MEDIUM", "grant.maxDays"),
        longer.errors().stream().map(e -> e.field()).sorted().toList());
    assertEquals(0, stored(tenant));
    actAs(request, tenant, demoUnit(tenant), Role.UNIT_APPLICANT);
    assertThrows(AccessDenied.class, () -> rules.change(Map.of("deadlines.HIGH", 1)));
    actAs(request, tenant, null, Role.REVIEWER);
    assertThrows(AccessDenied.class, () -> rules.change(Map.of("deadlines.HIGH", 1)));
    assertEquals(0, stored(tenant));
    actAs(request, tenant, null, Role.TENANT_ADMIN);
    rules.change(Map.of("deadlines.LOW", 15));
    actAs(request, "lishui", null, Role.TENANT_ADMIN);
    assertEquals(SecurityLimits.provincial(), rules.limits());
  }
}
