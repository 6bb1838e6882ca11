package cn.gov.zj.cloud.privateportal.inspection;

import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.domain.tenant.TenantId;
import cn.gov.zj.cloud.privateportal.tenant.RowScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Art. 17, 22: the units' security status from its inspection findings, for the annual assessment:
 * findings not yet verified and, of those, the ones open past their rectification due date. Read in
 * the tenant's row scope, whoever asks (a page, a REST call or a job without an actor).
 */
@ApplicationScoped
@Transactional
public class UnitSecurityStatus {

  @PersistenceContext(unitName = "private")
  private EntityManager em;

  @Inject private Clock clock;

  /** The unit's open and overdue findings now. */
  public UnitFindings of(String tenant, long unitId) {
    return byUnit(tenant).getOrDefault(unitId, new UnitFindings(0, 0));
  }

  /** Every unit's open and overdue findings now, read at once; a unit without findings has none. */
  public Map<Long, UnitFindings> byUnit(String tenant) {
    RowScope.tenant(em, new TenantId(tenant));
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select unit_id, count(*) filter (where state <> 'VERIFIED'),"
                    + " count(*) filter (where state = 'OPEN' and rectification_due < ?2)"
                    + " from finding where tenant_id = ?1 group by unit_id")
            .setParameter(1, tenant)
            .setParameter(2, Date.valueOf(OfficialCalendar.dateOf(clock.instant())))
            .getResultList();
    Map<Long, UnitFindings> findings = new HashMap<>();
    for (Object[] row : rows) {
      if (row[0] != null) {
        findings.put(
            ((Number) row[0]).longValue(),
            new UnitFindings(((Number) row[1]).longValue(), ((Number) row[2]).longValue()));
      }
    }
    return findings;
  }
}
