package cn.gov.zj.cloud.privateportal.inspection;

import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Art. 17: one tenant's overdue findings, run by the deadline scan in its transaction, row scope
 * and advisory lock (once across portals): an open finding past its rectification due date is
 * notified to its unit and escalated to the reviewer and the security supervisor, once per due date
 * (a reopened finding's new due date is a new one).
 */
public final class InspectionScan {

  private InspectionScan() {}

  /** The number of notifications written. */
  public static int overdue(EntityManager em, String tenant, Instant now) {
    LocalDate today = OfficialCalendar.dateOf(now);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select f.id, f.unit_id, s.name, f.rectification_due from finding f"
                    + " join app_system s on s.id = f.system_id"
                    + " where f.tenant_id = ?1 and f.state = 'OPEN' and f.rectification_due < ?2"
                    + " and f.overdue_notified is distinct from f.rectification_due order by f.id")
            .setParameter(1, tenant)
            .setParameter(2, Date.valueOf(today))
            .getResultList();
    int written = 0;
    for (Object[] row : rows) {
      long id = ((Number) row[0]).longValue();
      written +=
          FindingNotices.overdue(
              em,
              tenant,
              id,
              ((Number) row[1]).longValue(),
              (String) row[2],
              ((Date) row[3]).toLocalDate(),
              now);
      em.createNativeQuery("update finding set overdue_notified = rectification_due where id = ?1")
          .setParameter(1, id)
          .executeUpdate();
    }
    return written;
  }
}
