package cn.gov.zj.cloud.privateportal.services;

import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.domain.services.ServiceKind;
import cn.gov.zj.cloud.domain.tenant.TenantId;
import cn.gov.zj.cloud.privateportal.tenant.RowScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Art. 14, Art. 15: the figures of the monthly O&M summary for one unit and month (Beijing dates):
 * the service requests it made, by kind, and the training sessions its staff attended. For the
 * report job, which runs for no signed-in person: the tenant is given and set as the row scope.
 */
@ApplicationScoped
@Transactional
public class ServiceFigures {

  @PersistenceContext(unitName = "private")
  private EntityManager em;

  /** Art. 14: the unit's service requests opened in that month, by kind (every kind present). */
  public Map<ServiceKind, Long> serviceRequests(String tenant, long unitId, YearMonth month) {
    RowScope.tenant(em, new TenantId(tenant));
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select kind, count(*) from service_request where tenant_id = ?1 and unit_id = ?2"
                    + " and opened_at >= ?3 and opened_at < ?4 group by kind")
            .setParameter(1, tenant)
            .setParameter(2, unitId)
            .setParameter(3, start(month))
            .setParameter(4, start(month.plusMonths(1)))
            .getResultList();
    Map<ServiceKind, Long> counts = new EnumMap<>(ServiceKind.class);
    for (ServiceKind kind : ServiceKind.values()) {
      counts.put(kind, 0L);
    }
    rows.forEach(
        row -> counts.put(ServiceKind.valueOf((String) row[0]), ((Number) row[1]).longValue()));
    return counts;
  }

  /** One attendance: a person of the unit at a session that started in the month. */
  public record Attendance(
      String username, String displayName, long sessionId, String title, Instant startsAt) {}

  /** Art. 14: the attendances of the unit's staff at sessions held in that month, in time order. */
  public List<Attendance> trainingAttendances(String tenant, long unitId, YearMonth month) {
    RowScope.tenant(em, new TenantId(tenant));
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select g.username, g.display_name, t.id, t.title, t.starts_at"
                    + " from training_registration g join training_session t on t.id = g.session_id"
                    + " where g.tenant_id = ?1 and g.unit_id = ?2 and g.attended"
                    + " and t.cancelled_at is null and t.starts_at >= ?3 and t.starts_at < ?4"
                    + " order by t.starts_at, g.display_name")
            .setParameter(1, tenant)
            .setParameter(2, unitId)
            .setParameter(3, start(month))
            .setParameter(4, start(month.plusMonths(1)))
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new Attendance(
                    (String) row[0],
                    (String) row[1],
                    ((Number) row[2]).longValue(),
                    (String) row[3],
                    ((Timestamp) row[4]).toInstant()))
        .toList();
  }

  private static Timestamp start(YearMonth month) {
    return Timestamp.from(month.atDay(1).atStartOfDay(OfficialCalendar.ZONE).toInstant());
  }
}
