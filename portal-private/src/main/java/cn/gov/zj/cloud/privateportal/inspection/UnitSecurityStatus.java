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

/**
 * Art. 17, 22: a unit's security status from its inspection findings, for the annual assessment:
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
    RowScope.tenant(em, new TenantId(tenant));
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "select count(*) filter (where state <> 'VERIFIED'),"
                        + " count(*) filter (where state = 'OPEN' and rectification_due < ?3)"
                        + " from finding where tenant_id = ?1 and unit_id = ?2")
                .setParameter(1, tenant)
                .setParameter(2, unitId)
                .setParameter(3, Date.valueOf(OfficialCalendar.dateOf(clock.instant())))
                .getSingleResult();
    return new UnitFindings(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
  }
}
