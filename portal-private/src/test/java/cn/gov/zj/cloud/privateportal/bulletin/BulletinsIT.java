package cn.gov.zj.cloud.privateportal.bulletin;

import static cn.gov.zj.cloud.privateportal.Deployments.actAs;
import static cn.gov.zj.cloud.privateportal.Deployments.demoUnit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.bulletin.DutyState;
import cn.gov.zj.cloud.domain.bulletin.SecurityCalendar;
import cn.gov.zj.cloud.domain.bulletin.SecurityCompliance;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.validation.InvalidInputException;
import cn.gov.zj.cloud.privateportal.Deployments;
import cn.gov.zj.cloud.privateportal.TenantRows;
import cn.gov.zj.cloud.privateportal.calendar.WorkingCalendar;
import cn.gov.zj.cloud.privateportal.notification.DeadlineScan;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
import cn.gov.zj.cloud.privateportal.rest.Conflict;
import cn.gov.zj.cloud.privateportal.security.AccessDenied;
import cn.gov.zj.cloud.privateportal.tenant.NotFound;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
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
 * Art. 19: bulletins delivered to the units with read receipts, drills, the compliance of a year
 * with its missing months, the scan's flags once; and the attacks: another tenant's bulletin 404, a
 * wrong role 403, a second bulletin of a month 409, bad input 400 with nothing stored.
 */
@ExtendWith(ArquillianExtension.class)
class BulletinsIT {

  private static final String TENANT = "zhoushan";
  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal().addClass(TenantRows.class);
  }

  @Inject HttpServletRequest request;
  @Inject Bulletins bulletins;
  @Inject Drills drills;
  @Inject SecurityDuties duties;
  @EJB DeadlineScan scan;
  @EJB WorkingCalendar calendar;

  @Resource(lookup = "java:app/jdbc/private")
  DataSource dataSource;

  private long count(String sql, Object value) throws Exception {
    return TenantRows.count(dataSource, TENANT, sql, value);
  }

  private static PageRequest page() {
    return PageRequest.strict("0", "50", "-month", null, Set.of("month"), "month");
  }

  @Test
  @DisplayName(
      "Art. 19: a bulletin reaches every unit's staff in the portal and by mail; opening it"
          + " leaves a read receipt that the provider and the reviewer see")
  void art19_bulletinReadByAUnit() throws Exception {
    actAs(request, TENANT, null, Role.PROVIDER_OPERATOR);
    BulletinView published = bulletins.publish("2025-06", "2025 年 6 月安全通报", "本月发现高危漏洞 2 个，已全部修复。");
    long units =
        count("select count(*) from using_unit where tenant_id = ? and retired_at is null", TENANT);
    String key = "bulletin:" + published.id() + ":%";
    assertEquals(
        2 * units, count("select count(*) from notification where dedupe_key like ?", key));
    assertEquals(
        2 * units,
        count(
            "select count(*) from mail_outbox o join notification n"
                + " on n.id = o.notification_id where n.dedupe_key like ?",
            key));

    actAs(request, TENANT, demoUnit(TENANT), Role.UNIT_APPLICANT);
    assertFalse(
        bulletins.list(page()).items().stream()
            .filter(b -> b.id() == published.id())
            .findFirst()
            .orElseThrow()
            .readByMe());
    assertTrue(bulletins.open(published.id()).readByMe());
    bulletins.open(published.id());
    actAs(request, TENANT, null, Role.REVIEWER);
    List<ReadReceipt> receipts = bulletins.receipts(published.id());
    assertEquals(1, receipts.size(), "opened twice, one receipt");
    assertEquals(TENANT + ".test", receipts.get(0).username());
    assertTrue(receipts.get(0).unitId() != null);
    actAs(request, TENANT, null, Role.PROVIDER_OPERATOR);
    assertEquals(1, bulletins.receipts(published.id()).size());
    assertEquals(
        0,
        bulletins.receipts(published.id()).stream()
            .filter(r -> r.username().contains("provider"))
            .count());
  }

  @Test
  @DisplayName(
      "Art. 19: the compliance of a year names the months without a bulletin and whether the"
          + " drill was held; the scan flags them to the reviewer and the supervisor once")
  void art19_complianceWithAMissingMonthFlagged() throws Exception {
    actAs(request, TENANT, null, Role.PROVIDER_OPERATOR);
    bulletins.publish("2024-01", "2024 年 1 月安全通报", "正文");
    bulletins.publish("2024-02", "2024 年 2 月安全通报", "正文");
    actAs(request, TENANT, null, Role.REVIEWER);
    SecurityCompliance before = duties.of(2024);
    assertTrue(before.missingMonths().contains(YearMonth.of(2024, 3)));
    assertFalse(before.missingMonths().contains(YearMonth.of(2024, 1)));
    assertEquals(DutyState.MISSING, before.drill().state());
    actAs(request, TENANT, null, Role.PROVIDER_OPERATOR);
    drills.record(
        new DrillDraft(
            2024, "数据库勒索病毒应急处置", LocalDate.of(2024, 11, 20), "供应商运维组、各单位安全员", "45 分钟内恢复业务"));
    actAs(request, TENANT, null, Role.SECURITY_SUPERVISOR);
    assertEquals(DutyState.DONE, duties.of(2024).drill().state());

    // A month half a year ahead: no scan at the real time (other tests scan every tenant) can
    // have flagged it; its due day is computed on the official calendar as the scan does (the
    // holidays across it are the rule test's: SecurityCalendarTest, SecurityComplianceTest).
    YearMonth month = YearMonth.now(BEIJING).plusMonths(6);
    LocalDate due = SecurityCalendar.bulletinDue(calendar.current(), month).date();
    scan.scan(TENANT, calendar.current(), due.atTime(23, 0).atZone(BEIJING).toInstant());
    assertEquals(0, flags("bulletin-missing:" + month, null), "not before its due day ends");
    var after = due.plusDays(1).atTime(9, 0).atZone(BEIJING).toInstant();
    scan.scan(TENANT, calendar.current(), after);
    assertEquals(2, flags("bulletin-missing:" + month, null), "the reviewer and the supervisor");
    assertEquals(1, flags("bulletin-missing:" + month, "security-supervisor"));
    scan.scan(TENANT, calendar.current(), after.plusSeconds(3600));
    assertEquals(2, flags("bulletin-missing:" + month, null), "once");
    assertEquals(0, flags("bulletin-missing:" + month.plusMonths(1), null), "the next not yet due");
    boolean drillDue = SecurityCalendar.drillDue(month.getYear()).isOverdueAt(after);
    assertEquals(
        drillDue ? 2 : 0,
        flags("drill-missing:" + month.getYear(), null),
        "the drill is due on 1 December");
  }

  private long flags(String key, String role) throws Exception {
    return role == null
        ? count("select count(*) from notification where dedupe_key = ?", key)
        : count(
            "select count(*) from notification where dedupe_key = ? and recipient_role = '"
                + role
                + "'",
            key);
  }

  @Test
  @DisplayName("Attack: another tenant's bulletin is 404; a wrong role 403; a second month 409")
  void attacks() throws Exception {
    actAs(request, TENANT, null, Role.PROVIDER_OPERATOR);
    BulletinView published = bulletins.publish("2025-07", "2025 年 7 月安全通报", "正文");
    assertThrows(Conflict.class, () -> bulletins.publish("2025-07", "再发一期", "正文"));
    actAs(request, "lishui", demoUnit("lishui"), Role.UNIT_APPLICANT);
    assertThrows(NotFound.class, () -> bulletins.open(published.id()));
    actAs(request, "lishui", null, Role.REVIEWER);
    assertThrows(NotFound.class, () -> bulletins.receipts(published.id()));
    actAs(request, TENANT, null, Role.REVIEWER);
    assertThrows(AccessDenied.class, () -> bulletins.publish("2025-08", "x", "y"));
    assertThrows(
        AccessDenied.class,
        () -> drills.record(new DrillDraft(2025, "x", LocalDate.of(2025, 5, 1), "y", "z")));
    actAs(request, TENANT, demoUnit(TENANT), Role.UNIT_APPLICANT);
    assertThrows(AccessDenied.class, () -> bulletins.receipts(published.id()));
    assertThrows(AccessDenied.class, () -> duties.of(2025));
    assertEquals(1, count("select count(*) from bulletin where month = ?", "2025-07"));
    assertEquals(0, count("select count(*) from bulletin where month = ?", "2025-08"));
  }

  @Test
  @DisplayName("Attack: bad input is 400 naming the fields, and nothing is stored")
  void badInputIs400NothingStored() throws Exception {
    actAs(request, TENANT, null, Role.PROVIDER_OPERATOR);
    long before = count("select count(*) from bulletin where tenant_id = ?", TENANT);
    InvalidInputException month =
        assertThrows(
            InvalidInputException.class, () -> bulletins.publish("2025-13", " ", "\u202Ebody"));
    assertEquals(
        List.of("month", "title", "body"), month.errors().stream().map(e -> e.field()).toList());
    InvalidInputException future =
        assertThrows(InvalidInputException.class, () -> bulletins.publish("2099-01", "t", "b"));
    assertEquals("bulletin.month.future", future.errors().get(0).messageKey());
    assertThrows(InvalidInputException.class, () -> bulletins.publish("25-1", "t", "b"));
    assertEquals(before, count("select count(*) from bulletin where tenant_id = ?", TENANT));
    long drillsBefore = count("select count(*) from drill where tenant_id = ?", TENANT);
    InvalidInputException drill =
        assertThrows(
            InvalidInputException.class,
            () -> drills.record(new DrillDraft(2024, "", LocalDate.of(2025, 1, 5), null, "r")));
    assertEquals(
        List.of("scenario", "participants", "heldOn"),
        drill.errors().stream().map(e -> e.field()).toList());
    assertEquals(drillsBefore, count("select count(*) from drill where tenant_id = ?", TENANT));
    actAs(request, TENANT, null, Role.REVIEWER);
    assertThrows(InvalidInputException.class, () -> duties.of(1999));
  }
}
