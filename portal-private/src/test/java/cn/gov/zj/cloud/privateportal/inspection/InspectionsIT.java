package cn.gov.zj.cloud.privateportal.inspection;

import static cn.gov.zj.cloud.privateportal.Deployments.actAs;
import static cn.gov.zj.cloud.privateportal.Deployments.demoUnit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.domain.inspection.FindingAction;
import cn.gov.zj.cloud.domain.inspection.FindingSeverity;
import cn.gov.zj.cloud.domain.inspection.FindingState;
import cn.gov.zj.cloud.domain.inspection.InspectionKind;
import cn.gov.zj.cloud.domain.registry.CloudStatus;
import cn.gov.zj.cloud.domain.registry.CreditCode;
import cn.gov.zj.cloud.domain.registry.SystemDetails;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.validation.InvalidInputException;
import cn.gov.zj.cloud.privateportal.PdfText;
import cn.gov.zj.cloud.privateportal.TenantRows;
import cn.gov.zj.cloud.privateportal.calendar.WorkingCalendar;
import cn.gov.zj.cloud.privateportal.notification.DeadlineScan;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
import cn.gov.zj.cloud.privateportal.registry.AppSystem;
import cn.gov.zj.cloud.privateportal.registry.Systems;
import cn.gov.zj.cloud.privateportal.registry.Units;
import cn.gov.zj.cloud.privateportal.registry.UsingUnit;
import cn.gov.zj.cloud.privateportal.security.AccessDenied;
import cn.gov.zj.cloud.privateportal.tenant.NotFound;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Art. 17: inspections and their findings tracked to verified rectification, the overdue scan with
 * its escalation once per due date, a unit's security status, and the attacks: another tenant's or
 * unit's finding 404, a wrong role 403, a wrong state 409, bad input 400 with nothing stored.
 */
@ExtendWith(ArquillianExtension.class)
class InspectionsIT {

  private static final String TENANT = "quzhou";

  @Deployment
  static WebArchive deployment() {
    return PdfText.portal().addClass(TenantRows.class);
  }

  @Inject HttpServletRequest request;
  @Inject Inspections inspections;
  @Inject Findings findings;
  @Inject UnitSecurityStatus status;
  @Inject InspectionReport report;
  @Inject Systems systems;
  @Inject Units units;
  @EJB DeadlineScan scan;
  @EJB WorkingCalendar calendar;

  @Resource(lookup = "java:app/jdbc/private")
  DataSource dataSource;

  private AppSystem system(String tenant) {
    actAs(request, tenant, demoUnit(tenant), Role.UNIT_APPLICANT);
    return systems.register(
        null,
        new SystemDetails.Draft(
            "检查-" + UUID.randomUUID(),
            null,
            3,
            "赵六",
            CloudStatus.ON_CLOUD,
            LocalDate.of(2025, 3, 1),
            null,
            false));
  }

  private InspectionView inspection(String tenant, long unitId) {
    actAs(request, tenant, null, Role.REVIEWER);
    return inspections.plan(
        new InspectionDraft(
            "2026 年第四季度例行检查",
            InspectionKind.ROUTINE,
            List.of(unitId),
            LocalDate.of(2026, 11, 2),
            LocalDate.of(2026, 11, 30)));
  }

  private FindingView finding(
      String tenant, InspectionView inspection, AppSystem system, FindingSeverity severity) {
    actAs(request, tenant, null, Role.SECURITY_SUPERVISOR);
    return findings.record(
        inspection.id(),
        new FindingDraft(system.getId(), severity, "弱口令未整改", "GB/T 22239-2019 8.1.4"));
  }

  private void asUnit(String tenant) {
    actAs(request, tenant, demoUnit(tenant), Role.UNIT_SECURITY_OFFICER);
  }

  private long count(String tenant, String sql, Object value) throws Exception {
    return TenantRows.count(dataSource, tenant, sql, value);
  }

  @Test
  @DisplayName(
      "Art. 17: two findings: one rectified and verified; one reopened (its clock runs again),"
          + " then overdue, notified to the unit and escalated once per due date")
  void art17_rectifiedVerifiedAndReopenedThenOverdue() throws Exception {
    AppSystem system = system(TENANT);
    InspectionView inspection = inspection(TENANT, system.getUnitId());
    FindingView high = finding(TENANT, inspection, system, FindingSeverity.HIGH);
    FindingView low = finding(TENANT, inspection, system, FindingSeverity.LOW);
    LocalDate today = OfficialCalendar.dateOf(Instant.now());
    OfficialCalendar days = calendar.current();
    assertEquals(
        days.dueDate(today, FindingSeverity.HIGH.provincialDays()), high.rectificationDue());
    assertEquals(
        days.dueDate(today, FindingSeverity.LOW.provincialDays()).date(),
        low.rectificationDue().date());
    assertEquals(FindingState.OPEN, high.state());

    asUnit(TENANT);
    assertEquals(
        2, findings.list(new Findings.Filter(inspection.id(), null, false), page()).total());
    findings.act(high.id(), FindingAction.SUBMIT_RECTIFICATION, "已修改全部口令并启用双因素认证");
    findings.act(low.id(), FindingAction.SUBMIT_RECTIFICATION, "已整改");
    actAs(request, TENANT, null, Role.REVIEWER);
    assertEquals(
        FindingState.VERIFIED, findings.act(high.id(), FindingAction.VERIFY, null).state());
    FindingView reopened = findings.act(low.id(), FindingAction.REOPEN, "整改证据不全");
    assertEquals(FindingState.OPEN, reopened.state());
    assertEquals(
        days.dueDate(today, FindingSeverity.LOW.provincialDays()).date(),
        reopened.rectificationDue().date());
    assertEquals(
        List.of("record", "submit-rectification", "reopen"),
        findings.history(low.id()).stream().map(FindingEvent::action).toList());

    Instant later = reopened.rectificationDue().endsAt().toInstant().plus(Duration.ofHours(1));
    scan.scan(TENANT, days, later);
    String key = "finding-overdue:" + low.id() + ":%";
    assertEquals(
        4,
        count(TENANT, "select count(*) from notification where dedupe_key like ?", key),
        "the unit's two roles, the reviewer and the security supervisor");
    assertEquals(
        2,
        count(
            TENANT,
            "select count(*) from notification where dedupe_key like ?"
                + " and kind = 'INSPECTION_ESCALATION'",
            key));
    scan.scan(TENANT, days, later.plus(Duration.ofDays(1)));
    assertEquals(
        4,
        count(TENANT, "select count(*) from notification where dedupe_key like ?", key),
        "once per due date");
    String verified = "finding-overdue:" + high.id() + ":%";
    assertEquals(
        0, count(TENANT, "select count(*) from notification where dedupe_key like ?", verified));

    UnitFindings unit = status.of(TENANT, system.getUnitId());
    assertTrue(unit.open() >= 1);
    assertEquals(
        3,
        count(
            TENANT,
            "select count(*) from audit_event where entity_type = 'finding' and entity_id = ?",
            Long.toString(low.id())));
  }

  @Test
  @DisplayName(
      "Art. 17: the report lists the findings as XLSX, whatever the title holds; another"
          + " tenant gets 404")
  void art17_reportAsXlsx() throws Exception {
    AppSystem system = system(TENANT);
    actAs(request, TENANT, null, Role.REVIEWER);
    InspectionView inspection =
        inspections.plan(
            new InspectionDraft(
                "专项检查 [2026]: 第*季度? / 数据库 \\ 备份与恢复能力的全面核查与整改跟踪",
                InspectionKind.SPECIAL,
                List.of(system.getUnitId()),
                LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 11, 30)));
    finding(TENANT, inspection, system, FindingSeverity.LOW);
    byte[] xlsx = report.xlsx(inspection.id(), java.util.Locale.SIMPLIFIED_CHINESE);
    assertTrue(xlsx.length > 100 && xlsx[0] == 'P' && xlsx[1] == 'K');
    actAs(request, "lishui", null, Role.REVIEWER);
    assertThrows(
        NotFound.class, () -> report.xlsx(inspection.id(), java.util.Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  @DisplayName(
      "Art. 17: the report as PDF carries the title, the period and each finding in Chinese"
          + " (text extracted) and English; another tenant gets 404")
  void art17_reportAsPdf() throws Exception {
    AppSystem system = system(TENANT);
    InspectionView inspection = inspection(TENANT, system.getUnitId());
    FindingView high = finding(TENANT, inspection, system, FindingSeverity.HIGH);
    actAs(request, TENANT, null, Role.REVIEWER);
    String text = PdfText.of(report.pdf(inspection.id(), java.util.Locale.SIMPLIFIED_CHINESE));
    for (String expected :
        List.of(
            "2026 年第四季度例行检查",
            "2026-11-02",
            "2026-11-30",
            "未整改问题：1 / 1",
            "弱口令未整改",
            "检查-",
            "整改期限",
            high.rectificationDue().date().toString())) {
      assertTrue(text.contains(expected), expected + " in " + text);
    }
    String english = PdfText.of(report.pdf(inspection.id(), java.util.Locale.ENGLISH));
    assertTrue(english.contains("Open findings: 1 / 1"), english);
    actAs(request, "lishui", null, Role.REVIEWER);
    assertThrows(
        NotFound.class, () -> report.pdf(inspection.id(), java.util.Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  @DisplayName("Attack: another tenant's inspection and finding are 404, nothing changed")
  void otherTenantIs404() throws Exception {
    AppSystem system = system(TENANT);
    InspectionView inspection = inspection(TENANT, system.getUnitId());
    FindingView finding = finding(TENANT, inspection, system, FindingSeverity.MEDIUM);
    actAs(request, "lishui", demoUnit("lishui"), Role.UNIT_APPLICANT);
    assertThrows(NotFound.class, () -> findings.get(finding.id()));
    assertThrows(
        NotFound.class, () -> findings.act(finding.id(), FindingAction.SUBMIT_RECTIFICATION, "x"));
    actAs(request, "lishui", null, Role.REVIEWER);
    assertThrows(NotFound.class, () -> inspections.get(inspection.id()));
    assertThrows(
        NotFound.class,
        () ->
            findings.record(
                inspection.id(), new FindingDraft(system.getId(), FindingSeverity.LOW, "x", null)));
    assertEquals(
        1, count(TENANT, "select count(*) from finding_event where finding_id = ?", finding.id()));
  }

  @Test
  @DisplayName("Attack: another unit's staff do not see the unit's findings (404)")
  void otherUnitIs404() {
    AppSystem system = system(TENANT);
    InspectionView inspection = inspection(TENANT, system.getUnitId());
    FindingView finding = finding(TENANT, inspection, system, FindingSeverity.MEDIUM);
    actAs(request, TENANT, null, Role.TENANT_ADMIN);
    UsingUnit other = units.create("衢州市另一局-" + UUID.randomUUID(), freshCode(), "0570-1");
    actAs(request, TENANT, other.getCreditCode(), Role.UNIT_APPLICANT);
    assertThrows(NotFound.class, () -> findings.get(finding.id()));
    assertThrows(NotFound.class, () -> inspections.get(inspection.id()));
    assertThrows(
        NotFound.class, () -> findings.act(finding.id(), FindingAction.SUBMIT_RECTIFICATION, "x"));
  }

  @Test
  @DisplayName("Attack: wrong role 403 (provider plans, unit verifies, reviewer rectifies)")
  void wrongRoleIs403() {
    AppSystem system = system(TENANT);
    actAs(request, TENANT, null, Role.PROVIDER_OPERATOR);
    assertThrows(
        AccessDenied.class,
        () ->
            inspections.plan(
                new InspectionDraft(
                    "x",
                    InspectionKind.SPECIAL,
                    List.of(system.getUnitId()),
                    LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 1, 2))));
    assertThrows(AccessDenied.class, () -> inspections.list(page()));
    InspectionView inspection = inspection(TENANT, system.getUnitId());
    FindingView finding = finding(TENANT, inspection, system, FindingSeverity.HIGH);
    actAs(request, TENANT, null, Role.REVIEWER);
    assertThrows(
        AccessDenied.class,
        () -> findings.act(finding.id(), FindingAction.SUBMIT_RECTIFICATION, "x"));
    asUnit(TENANT);
    findings.act(finding.id(), FindingAction.SUBMIT_RECTIFICATION, "已整改");
    assertThrows(AccessDenied.class, () -> findings.act(finding.id(), FindingAction.VERIFY, null));
    assertThrows(
        AccessDenied.class,
        () ->
            findings.record(
                inspection.id(), new FindingDraft(system.getId(), FindingSeverity.LOW, "x", null)));
  }

  @Test
  @DisplayName("Attack: wrong state 409 with the actions allowed now; nothing changed")
  void wrongStateIs409() throws Exception {
    AppSystem system = system(TENANT);
    InspectionView inspection = inspection(TENANT, system.getUnitId());
    FindingView finding = finding(TENANT, inspection, system, FindingSeverity.HIGH);
    actAs(request, TENANT, null, Role.REVIEWER);
    FindingRefused refused =
        assertThrows(
            FindingRefused.class, () -> findings.act(finding.id(), FindingAction.VERIFY, null));
    assertEquals(List.of(FindingAction.SUBMIT_RECTIFICATION), refused.allowedNow());
    asUnit(TENANT);
    findings.act(finding.id(), FindingAction.SUBMIT_RECTIFICATION, "已整改");
    assertThrows(
        FindingRefused.class,
        () -> findings.act(finding.id(), FindingAction.SUBMIT_RECTIFICATION, "再次"));
    actAs(request, TENANT, null, Role.REVIEWER);
    findings.act(finding.id(), FindingAction.VERIFY, "核验通过");
    assertThrows(
        FindingRefused.class, () -> findings.act(finding.id(), FindingAction.REOPEN, "再查"));
    assertEquals(
        3, count(TENANT, "select count(*) from finding_event where finding_id = ?", finding.id()));
  }

  @Test
  @DisplayName("Attack: bad input is 400 naming the fields, and nothing is stored")
  void badInputIs400NothingStored() throws Exception {
    AppSystem system = system(TENANT);
    InspectionView inspection = inspection(TENANT, system.getUnitId());
    actAs(request, TENANT, null, Role.REVIEWER);
    long before = count(TENANT, "select count(*) from inspection where tenant_id = ?", TENANT);
    InvalidInputException plan =
        assertThrows(
            InvalidInputException.class,
            () ->
                inspections.plan(
                    new InspectionDraft(
                        " ",
                        null,
                        List.of(999_999_999L),
                        LocalDate.of(2026, 2, 1),
                        LocalDate.of(2026, 1, 1))));
    assertEquals(
        List.of("title", "kind", "unitIds", "endsOn"),
        plan.errors().stream().map(e -> e.field()).toList());
    assertEquals(
        before, count(TENANT, "select count(*) from inspection where tenant_id = ?", TENANT));
    AppSystem foreign = system("lishui");
    actAs(request, TENANT, null, Role.REVIEWER);
    InvalidInputException record =
        assertThrows(
            InvalidInputException.class,
            () ->
                findings.record(
                    inspection.id(), new FindingDraft(foreign.getId(), null, "\u0000", null)));
    assertEquals(
        List.of("description", "severity", "systemId"),
        record.errors().stream().map(e -> e.field()).toList());
    asUnit(TENANT);
    FindingView finding = finding(TENANT, inspection, system, FindingSeverity.LOW);
    asUnit(TENANT);
    InvalidInputException note =
        assertThrows(
            InvalidInputException.class,
            () -> findings.act(finding.id(), FindingAction.SUBMIT_RECTIFICATION, "  "));
    assertEquals("note", note.errors().get(0).field());
    assertEquals(
        0,
        count(
            TENANT,
            "select count(*) from finding where inspection_id = ? and state <> 'OPEN'",
            inspection.id()));
    assertEquals(
        1, count(TENANT, "select count(*) from finding where inspection_id = ?", inspection.id()));
  }

  private static PageRequest page() {
    return PageRequest.strict("0", "50", null, null, java.util.Set.of("due"), "due");
  }

  private static String freshCode() {
    String first17 =
        "12330800"
            + String.format(
                "%09d", Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L));
    return first17 + CreditCode.checkCharacter(first17);
  }
}
