package cn.gov.zj.cloud.privateportal.usage;

import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.security.Actor;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import cn.gov.zj.cloud.privateportal.tenant.NotFound;
import cn.gov.zj.cloud.privateportal.tenant.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Art. 15: the monthly utilization reports of the tenant's using units. Unit staff read their own
 * unit's (another unit is 404, as another tenant's); the competent department (reviewer), the
 * provider and the tenant's administrator read every unit's.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class UtilizationReports {

  /** Art. 15: who reads the monthly reports. */
  static final Role[] READERS = {
    Role.UNIT_APPLICANT,
    Role.UNIT_SECURITY_OFFICER,
    Role.REVIEWER,
    Role.PROVIDER_OPERATOR,
    Role.TENANT_ADMIN
  };

  @PersistenceContext(unitName = "private")
  private EntityManager em;

  @Inject private CurrentActor actor;
  @Inject private Clock clock;
  @Inject @Any private Instance<OperationsSource> sources;

  /** Art. 15: one unit's report of one month (not a month still to come). */
  public UtilizationReport unitReport(long unitId, YearMonth month) {
    Actor who = actor.get();
    who.require(READERS);
    if (!readsEveryUnit(who) && !ownUnit(who).equals(Optional.of(unitId))) {
      throw new NotFound("unit", unitId);
    }
    String tenant = who.tenant().id().value();
    return ReportBuilder.build(
        em,
        tenant,
        unitId,
        month,
        UsageRulesStore.inForce(em, tenant),
        clock.instant(),
        sources.stream().toList());
  }

  /**
   * Art. 15: the tenant's summary of a month for the competent department: every unit's report the
   * monthly job delivered, by unit name; unit staff are refused (403).
   */
  public List<MonthSummary> summary(YearMonth month) {
    Actor who = actor.get();
    who.require(Role.REVIEWER, Role.PROVIDER_OPERATOR, Role.TENANT_ADMIN);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select r.unit_id, u.name, r.data_missing, r.advice, r.delivered_at"
                    + " from usage_report r join using_unit u on u.id = r.unit_id"
                    + " where r.tenant_id = ?1 and r.month = ?2 order by u.name, u.id")
            .setParameter(1, who.tenant().id().value())
            .setParameter(2, java.sql.Date.valueOf(month.atDay(1)))
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new MonthSummary(
                    ((Number) row[0]).longValue(),
                    (String) row[1],
                    (Boolean) row[2],
                    ((Number) row[3]).intValue(),
                    ((java.sql.Timestamp) row[4]).toInstant()))
        .toList();
  }

  /** The unit of the actor when unit staff; empty for the others. */
  public Optional<Long> ownUnit() {
    Actor who = actor.get();
    who.require(READERS);
    return readsEveryUnit(who) ? Optional.empty() : ownUnit(who);
  }

  /** Art. 15: the units a report can be read for: with an allocation, by name (id, name). */
  public List<Object[]> unitsWithAllocations() {
    Actor who = actor.get();
    who.require(READERS);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select u.id, u.name from using_unit u where exists (select 1 from application a"
                    + " where a.unit_id = u.id and a.allocated_plan is not null)"
                    + " and (?1 = '' or u.credit_code = ?1) order by u.name, u.id")
            .setParameter(1, readsEveryUnit(who) ? "" : who.unit().orElse("-"))
            .getResultList();
    return rows;
  }

  /**
   * Art. 15: a month {@code yyyy-MM} that has begun (Beijing), from 2000 on; 400 naming {@code
   * month} otherwise.
   */
  public YearMonth month(String text) {
    YearMonth now = YearMonth.from(OfficialCalendar.dateOf(clock.instant()));
    if (text != null && text.matches("\\d{4}-\\d{2}")) {
      try {
        YearMonth month = YearMonth.parse(text);
        if (month.getYear() >= 2000 && !month.isAfter(now)) {
          return month;
        }
      } catch (DateTimeParseException e) {
        // named below
      }
    }
    new Violations().add("month", "usage.report.month").throwIfAny();
    return null;
  }

  private static boolean readsEveryUnit(Actor who) {
    return who.hasAny(Role.REVIEWER, Role.PROVIDER_OPERATOR, Role.TENANT_ADMIN);
  }

  private Optional<Long> ownUnit(Actor who) {
    if (who.unit().isEmpty()) {
      return Optional.empty();
    }
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery("select id from using_unit where credit_code = ?1")
            .setParameter(1, who.unit().get())
            .getResultList();
    return ids.stream().findFirst().map(Number::longValue);
  }
}
