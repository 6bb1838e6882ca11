package cn.gov.zj.cloud.privateportal.services;

import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.domain.calendar.WorkingDays;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.services.TrainingQuarter;
import cn.gov.zj.cloud.privateportal.notification.Notice;
import cn.gov.zj.cloud.privateportal.notification.Notices;
import cn.gov.zj.cloud.privateportal.notification.NotificationKind;
import cn.gov.zj.cloud.privateportal.notification.TenantScans;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Art. 14: one tenant's scan of the provider's services, in a transaction of its own under that
 * tenant's row scope and the tenant's advisory lock (two portals scanning at once: the second skips
 * the tenant), as the deadline scan does. Unanswered service requests past their response due are
 * notified to the provider and the unit and escalated to the department, once; registered people
 * are reminded of a session 1 working day before it, once; a quarter that ended with fewer sessions
 * than the target in force (Art. 25: the tenant's local rule, if any) is flagged to the department,
 * once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ServicesScan {

  /** Art. 14: registered people are reminded this many working days before the session's day. */
  static final WorkingDays REMINDER = WorkingDays.of(1);

  @PersistenceContext(unitName = "private")
  private EntityManager em;

  /** The number of notifications written. */
  public int scan(String tenant, OfficialCalendar calendar, Instant now) {
    if (!TenantScans.lock(em, tenant, "zjzwy.services")) {
      return 0;
    }
    LocalDate today = OfficialCalendar.dateOf(now);
    return overdue(tenant, today, now)
        + reminders(tenant, calendar, today, now)
        + quarters(tenant, now);
  }

  private int overdue(String tenant, LocalDate today, Instant now) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select id, unit_id, subject, response_due from service_request"
                    + " where tenant_id = ?1 and state = 'OPEN' and response_due < ?2"
                    + " and not overdue_notified")
            .setParameter(1, tenant)
            .setParameter(2, Date.valueOf(today))
            .getResultList();
    int written = 0;
    for (Object[] row : rows) {
      long id = ((Number) row[0]).longValue();
      long unit = ((Number) row[1]).longValue();
      LocalDate due = ((Date) row[3]).toLocalDate();
      List<String> arguments = List.of(Long.toString(id), (String) row[2], due.toString());
      String key = "service-overdue:" + id;
      Notice.Facts facts = new Notice.Facts(null, null, due, null);
      written +=
          write(
                  tenant,
                  Role.PROVIDER_OPERATOR,
                  null,
                  NotificationKind.SERVICE_OVERDUE,
                  arguments,
                  key,
                  facts,
                  now)
              + write(
                  tenant,
                  Role.UNIT_APPLICANT,
                  unit,
                  NotificationKind.SERVICE_OVERDUE,
                  arguments,
                  key,
                  facts,
                  now)
              + write(
                  tenant,
                  Role.REVIEWER,
                  null,
                  NotificationKind.SERVICE_ESCALATION,
                  arguments,
                  key,
                  facts,
                  now);
      em.createNativeQuery("update service_request set overdue_notified = true where id = ?1")
          .setParameter(1, id)
          .executeUpdate();
    }
    return written;
  }

  private int reminders(String tenant, OfficialCalendar calendar, LocalDate today, Instant now) {
    LocalDate until = calendar.dueDate(today, REMINDER).date();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select distinct t.id, t.title, t.starts_at, coalesce(t.place, t.online_link),"
                    + " g.unit_id, g.role from training_session t"
                    + " join training_registration g on g.session_id = t.id"
                    + " where t.tenant_id = ?1 and t.cancelled_at is null and t.starts_at > ?2"
                    + " and (t.starts_at at time zone 'Asia/Shanghai')::date <= ?3")
            .setParameter(1, tenant)
            .setParameter(2, Timestamp.from(now))
            .setParameter(3, Date.valueOf(until))
            .getResultList();
    int written = 0;
    for (Object[] row : rows) {
      long id = ((Number) row[0]).longValue();
      Instant starts = ((Timestamp) row[2]).toInstant();
      Role role = Role.ofRealmRole((String) row[5]).orElse(Role.UNIT_APPLICANT);
      written +=
          write(
              tenant,
              role,
              ((Number) row[4]).longValue(),
              NotificationKind.TRAINING_REMINDER_SESSION,
              List.of(
                  (String) row[1],
                  cn.gov.zj.cloud.domain.calendar.BeijingTime.minutes(starts),
                  (String) row[3]),
              "training-reminder:" + id + ":" + starts + ":" + row[4],
              new Notice.Facts(null, null, OfficialCalendar.dateOf(starts), null),
              now);
    }
    return written;
  }

  private int quarters(String tenant, Instant now) {
    TrainingQuarter first = TrainingWatchQueries.start(em, tenant, now);
    int required = ServiceTargetsInForce.of(em, tenant).sessionsPerQuarter();
    int written = 0;
    for (TrainingQuarter missed :
        TrainingWatchQueries.missedSince(em, tenant, first, now, required)) {
      written +=
          write(
              tenant,
              Role.REVIEWER,
              null,
              NotificationKind.TRAINING_QUARTER_MISSED,
              List.of(missed.toString(), Integer.toString(required)),
              "training-quarter:" + missed,
              Notice.Facts.NONE,
              now);
    }
    return written;
  }

  private int write(
      String tenant,
      Role role,
      Long unit,
      NotificationKind kind,
      List<String> arguments,
      String key,
      Notice.Facts facts,
      Instant now) {
    return Notices.write(
        em, new Notice(tenant, role, unit, null, kind, arguments, key, facts), now);
  }
}
