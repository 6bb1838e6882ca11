package cn.gov.zj.cloud.privateportal.usage;

import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.tenant.TenantId;
import cn.gov.zj.cloud.domain.usage.UsageRules;
import cn.gov.zj.cloud.privateportal.audit.AuditAction;
import cn.gov.zj.cloud.privateportal.audit.AuditLog;
import cn.gov.zj.cloud.privateportal.notification.Notice;
import cn.gov.zj.cloud.privateportal.notification.Notices;
import cn.gov.zj.cloud.privateportal.notification.NotificationKind;
import cn.gov.zj.cloud.privateportal.security.PortalSettings;
import cn.gov.zj.cloud.privateportal.tenant.RowScope;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * Art. 15: on the first working day of a month, one tenant's reports of the month before, in a
 * transaction of its own under that tenant's row scope: every unit with allocations gets its report
 * in the portal and by mail (the unit's staff and the reviewer); a unit whose data is missing is
 * named to the reviewer; the competent department (reviewer) gets the tenant's summary. Once per
 * month: two portals at once, the second skips; a second run finds the summary delivered.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MonthlyReports {

  /** The name under which the job records its work. */
  static final String ACTOR = "system:monthly-reports";

  @PersistenceContext(unitName = "private")
  private EntityManager em;

  @Inject @Any private Instance<OperationsSource> sources;
  @Inject private PortalSettings portal;
  @Inject private AuditLog audit;

  /** The number of unit reports delivered (0 when not due today, or delivered already). */
  public int run(String tenant, OfficialCalendar calendar, LocalDate today, Instant now) {
    if (!isFirstWorkingDay(calendar, today)) {
      return 0;
    }
    RowScope.tenant(em, new TenantId(tenant));
    Object locked =
        em.createNativeQuery("select pg_try_advisory_xact_lock(hashtext(?1))")
            .setParameter(1, "zjzwy.usage-reports." + tenant)
            .getSingleResult();
    YearMonth month = YearMonth.from(today).minusMonths(1);
    if (!Boolean.TRUE.equals(locked) || delivered(tenant, month)) {
      return 0;
    }
    UsageRules rules = UsageRulesStore.inForce(em, tenant);
    List<Long> units = unitsWithAllocations(tenant);
    int missing = 0;
    int advice = 0;
    long anyApplication = 0;
    for (long unit : units) {
      UtilizationReport report =
          ReportBuilder.build(em, tenant, unit, month, rules, now, sources.stream().toList());
      deliver(report, now);
      missing += report.dataMissing() ? 1 : 0;
      advice += report.advice().size();
      anyApplication = report.systems().get(0).applicationId();
    }
    if (!units.isEmpty()) {
      summary(tenant, month, units.size(), advice, anyApplication, now);
    }
    audit.record(
        tenant,
        ACTOR,
        AuditAction.USAGE_REPORTS_DELIVERED,
        "usage-report",
        month.toString(),
        null,
        Map.of("units", units.size(), "dataMissing", missing, "advice", advice));
    return units.size();
  }

  /** Art. 15: the first day of the month that is a working day on the official calendar. */
  static boolean isFirstWorkingDay(OfficialCalendar calendar, LocalDate today) {
    LocalDate day = today.withDayOfMonth(1);
    while (!calendar.isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    return day.equals(today);
  }

  private boolean delivered(String tenant, YearMonth month) {
    return !em.createNativeQuery(
            "select 1 from usage_report where tenant_id = ?1 and month = ?2 and unit_id is null")
        .setParameter(1, tenant)
        .setParameter(2, Date.valueOf(month.atDay(1)))
        .getResultList()
        .isEmpty();
  }

  private List<Long> unitsWithAllocations(String tenant) {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "select distinct a.unit_id from application a join app_system s"
                    + " on s.id = a.system_id where a.tenant_id = ?1"
                    + " and a.allocated_plan is not null and a.state <> 'TERMINATED'"
                    + " order by a.unit_id")
            .setParameter(1, tenant)
            .getResultList();
    return ids.stream().map(Number::longValue).toList();
  }

  private void deliver(UtilizationReport report, Instant now) {
    String tenant = report.tenant();
    String month = report.month().toString();
    record(
        tenant, report.unitId(), report.month(), report.dataMissing(), report.advice().size(), now);
    long application = report.systems().get(0).applicationId();
    String link = link(tenant, "?unit=" + report.unitId() + "&month=" + month);
    List<String> arguments = List.of(report.unitName(), month, link);
    String key = "usage-report:" + report.unitId() + ":" + month;
    for (Role role : List.of(Role.UNIT_APPLICANT, Role.UNIT_SECURITY_OFFICER, Role.REVIEWER)) {
      Long unit = role.isUnitStaff() ? report.unitId() : null;
      Notices.write(
          em,
          new Notice(
              tenant, role, unit, application, NotificationKind.USAGE_REPORT, arguments, key),
          now);
    }
    if (report.dataMissing()) {
      Notices.write(
          em,
          new Notice(
              tenant,
              Role.REVIEWER,
              null,
              application,
              NotificationKind.USAGE_DATA_MISSING,
              List.of(report.unitName(), month),
              "usage-missing:" + report.unitId() + ":" + month),
          now);
    }
  }

  private void summary(
      String tenant, YearMonth month, int units, int advice, long application, Instant now) {
    record(tenant, null, month, false, advice, now);
    Notices.write(
        em,
        new Notice(
            tenant,
            Role.REVIEWER,
            null,
            application,
            NotificationKind.USAGE_SUMMARY,
            List.of(month.toString(), Integer.toString(units), link(tenant, "?month=" + month)),
            "usage-summary:" + month),
        now);
  }

  private String link(String tenant, String query) {
    return portal.baseUrl() + "/t/" + tenant + "/reports" + query;
  }

  private void record(
      String tenant, Long unit, YearMonth month, boolean missing, int advice, Instant now) {
    em.createNativeQuery(
            "insert into usage_report (tenant_id, unit_id, month, data_missing, advice,"
                + " delivered_at) values (?1, cast(?2 as bigint), ?3, ?4, ?5, ?6)"
                + " on conflict do nothing")
        .setParameter(1, tenant)
        .setParameter(2, unit)
        .setParameter(3, Date.valueOf(month.atDay(1)))
        .setParameter(4, missing)
        .setParameter(5, advice)
        .setParameter(6, Timestamp.from(now))
        .executeUpdate();
  }
}
