package cn.gov.zj.cloud.privateportal.services;

import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.domain.services.TrainingQuarter;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Art. 14: the quarters a tenant is watched for training sessions, from the quarter the portal
 * first scanned it (quarters before the portal ran are not flagged), with the sessions held in each
 * (not cancelled, started by now), in the caller's transaction and row scope.
 */
final class TrainingWatchQueries {

  private TrainingWatchQueries() {}

  /** The first quarter watched, starting the watch now when it has not begun. */
  static TrainingQuarter start(EntityManager em, String tenant, Instant now) {
    em.createNativeQuery(
            "insert into training_watch (tenant_id, first_quarter) values (?1, ?2)"
                + " on conflict do nothing")
        .setParameter(1, tenant)
        .setParameter(2, Date.valueOf(TrainingQuarter.of(now).start()))
        .executeUpdate();
    return first(em, tenant).orElseThrow();
  }

  /** The ended quarters with fewer sessions held than {@code required}, oldest first. */
  static List<TrainingQuarter> missed(EntityManager em, String tenant, Instant now, int required) {
    return first(em, tenant)
        .map(first -> missedSince(em, tenant, first, now, required))
        .orElse(List.of());
  }

  static List<TrainingQuarter> missedSince(
      EntityManager em, String tenant, TrainingQuarter first, Instant now, int required) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select extract(year from starts_at at time zone 'Asia/Shanghai'),"
                    + " extract(quarter from starts_at at time zone 'Asia/Shanghai'), count(*)"
                    + " from training_session where tenant_id = ?1 and cancelled_at is null"
                    + " and starts_at <= ?2 and starts_at >= ?3 group by 1, 2")
            .setParameter(1, tenant)
            .setParameter(2, Timestamp.from(now))
            .setParameter(
                3, Timestamp.from(first.start().atStartOfDay(OfficialCalendar.ZONE).toInstant()))
            .getResultList();
    Map<TrainingQuarter, Integer> held = new HashMap<>();
    for (Object[] row : rows) {
      held.put(
          new TrainingQuarter(((Number) row[0]).intValue(), ((Number) row[1]).intValue()),
          ((Number) row[2]).intValue());
    }
    LocalDate today = OfficialCalendar.dateOf(now);
    return TrainingQuarter.missed(first, today, held, required);
  }

  private static java.util.Optional<TrainingQuarter> first(EntityManager em, String tenant) {
    @SuppressWarnings("unchecked")
    List<Object> rows =
        em.createNativeQuery("select first_quarter from training_watch where tenant_id = ?1")
            .setParameter(1, tenant)
            .getResultList();
    return rows.stream().findFirst().map(value -> TrainingQuarter.of(((Date) value).toLocalDate()));
  }
}
