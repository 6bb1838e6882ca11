package cn.gov.zj.cloud.privateportal.fault;

import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.domain.fault.Severity;
import cn.gov.zj.cloud.domain.tenant.TenantId;
import cn.gov.zj.cloud.privateportal.tenant.RowScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Art. 13, 15: fault figures for the monthly O&M report, without a signed-in actor (the report job
 * runs on its own): the caller names the tenant, whose rows alone are read.
 */
@ApplicationScoped
@Transactional
public class FaultStatistics {

  @PersistenceContext(unitName = "private")
  private EntityManager em;

  /**
   * Art. 15: per severity (every one, zeros included), the unit's faults reported in {@code month}
   * (Beijing time) and how many met their response and resolution targets.
   */
  public Map<Severity, FaultTally> monthly(TenantId tenant, long unitId, YearMonth month) {
    RowScope.tenant(em, tenant);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select severity, count(*),"
                    + " count(*) filter (where acknowledged_at <= response_due),"
                    + " count(*) filter (where resolved_at <= resolution_due)"
                    + " from fault where tenant_id = ?1 and unit_id = ?2"
                    + " and reported_at >= ?3 and reported_at < ?4 group by severity")
            .setParameter(1, tenant.value())
            .setParameter(2, unitId)
            .setParameter(3, start(month))
            .setParameter(4, start(month.plusMonths(1)))
            .getResultList();
    Map<Severity, FaultTally> tallies = new EnumMap<>(Severity.class);
    for (Severity severity : Severity.values()) {
      tallies.put(severity, new FaultTally(severity, 0, 0, 0));
    }
    for (Object[] row : rows) {
      Severity severity = Severity.valueOf((String) row[0]);
      tallies.put(
          severity,
          new FaultTally(
              severity,
              ((Number) row[1]).longValue(),
              ((Number) row[2]).longValue(),
              ((Number) row[3]).longValue()));
    }
    return tallies;
  }

  private static Timestamp start(YearMonth month) {
    return Timestamp.from(month.atDay(1).atStartOfDay(OfficialCalendar.ZONE).toInstant());
  }
}
