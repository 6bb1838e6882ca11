package cn.gov.zj.cloud.privateportal.notification;

import cn.gov.zj.cloud.domain.application.Step;
import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.domain.calendar.WorkingDays;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.privateportal.bulletin.SecurityGapScan;
import cn.gov.zj.cloud.privateportal.fault.FaultScan;
import cn.gov.zj.cloud.privateportal.inspection.InspectionScan;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Art. 8–12: one tenant's scan, in a transaction of its own under that tenant's row scope: steps
 * past their due date are notified to their owner and the unit and escalated to the tenant's
 * administrator, once per due date; trials ending within 5 and within 1 working day(s) are reminded
 * to the unit (Art. 9); faults past a due time unmet are notified and escalated (Art. 13, {@link
 * FaultScan}). Two portals scanning at once: the second skips the tenant.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DeadlineScan {

  /** Art. 9: the unit is reminded this many working days before its trial ends. */
  static final List<Integer> TRIAL_REMINDERS = List.of(5, 1);

  @PersistenceContext(unitName = "private")
  private EntityManager em;

  /** The number of notifications written. */
  public int scan(String tenant, OfficialCalendar calendar, Instant now) {
    if (!TenantScans.lock(em, tenant, "zjzwy.deadlines")) {
      return 0;
    }
    LocalDate today = OfficialCalendar.dateOf(now);
    return overdue(tenant, today, now)
        + trials(tenant, calendar, today, now)
        + FaultScan.overdue(em, tenant, now)
        + InspectionScan.overdue(em, tenant, now)
        + SecurityGapScan.flag(em, tenant, calendar, now);
  }

  private int overdue(String tenant, LocalDate today, Instant now) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select a.id, a.unit_id, a.step, a.due_date, s.name from application a"
                    + " join app_system s on s.id = a.system_id"
                    + " where a.tenant_id = ?1 and a.state not in ('ACTIVE', 'DENIED', 'TERMINATED')"
                    + " and a.due_date < ?2 and a.overdue_notified is distinct from a.due_date")
            .setParameter(1, tenant)
            .setParameter(2, Date.valueOf(today))
            .getResultList();
    int written = 0;
    for (Object[] row : rows) {
      long id = ((Number) row[0]).longValue();
      Long unit = ((Number) row[1]).longValue();
      Step step = Step.valueOf((String) row[2]);
      String due = row[3].toString();
      List<String> arguments =
          List.of(Long.toString(id), (String) row[4], "@" + step.nameKey(), due);
      String key = "overdue:" + id + ":" + step.name() + ":" + due;
      Notice.Facts facts = new Notice.Facts(null, step.name(), LocalDate.parse(due), null);
      written +=
          write(
              new Notice(
                  tenant, step.owner(), null, id, NotificationKind.OVERDUE, arguments, key, facts),
              now);
      written +=
          write(
              new Notice(
                  tenant,
                  Role.UNIT_APPLICANT,
                  unit,
                  id,
                  NotificationKind.OVERDUE,
                  arguments,
                  key,
                  facts),
              now);
      written +=
          write(
              new Notice(
                  tenant,
                  Role.TENANT_ADMIN,
                  null,
                  id,
                  NotificationKind.ESCALATION,
                  arguments,
                  key,
                  facts),
              now);
      em.createNativeQuery("update application set overdue_notified = due_date where id = ?1")
          .setParameter(1, id)
          .executeUpdate();
    }
    return written;
  }

  private int trials(String tenant, OfficialCalendar calendar, LocalDate today, Instant now) {
    LocalDate cutoff = calendar.dueDate(today, WorkingDays.of(TRIAL_REMINDERS.get(0))).date();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select a.id, a.unit_id, a.trial_ends, s.name from application a"
                    + " join app_system s on s.id = a.system_id"
                    + " where a.tenant_id = ?1 and a.state in ('IN_TRIAL', 'EXTENSION_REQUESTED')"
                    + " and a.trial_ends >= ?2 and a.trial_ends <= ?3")
            .setParameter(1, tenant)
            .setParameter(2, Date.valueOf(today))
            .setParameter(3, Date.valueOf(cutoff))
            .getResultList();
    int written = 0;
    for (Object[] row : rows) {
      long id = ((Number) row[0]).longValue();
      LocalDate ends = ((Date) row[2]).toLocalDate();
      int left = calendar.workingDaysBetween(today, ends);
      int threshold =
          left <= TRIAL_REMINDERS.get(1) ? TRIAL_REMINDERS.get(1) : TRIAL_REMINDERS.get(0);
      List<String> arguments =
          List.of(Long.toString(id), (String) row[3], ends.toString(), Integer.toString(left));
      String key = "trial:" + id + ":" + ends + ":" + threshold;
      written +=
          write(
              new Notice(
                  tenant,
                  Role.UNIT_APPLICANT,
                  ((Number) row[1]).longValue(),
                  id,
                  NotificationKind.TRIAL_REMINDER,
                  arguments,
                  key,
                  new Notice.Facts(null, null, ends, null)),
              now);
    }
    return written;
  }

  private int write(Notice notice, Instant now) {
    return NoticeWriter.write(em, notice, now);
  }
}
