package cn.gov.zj.cloud.privateportal.fault;

import cn.gov.zj.cloud.domain.calendar.BeijingTime;
import cn.gov.zj.cloud.domain.fault.FaultClock;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.privateportal.notification.NotificationKind;
import cn.gov.zj.cloud.privateportal.registry.AppSystem;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Art. 13: one tenant's overdue faults, run by the deadline scan in its transaction, row scope and
 * advisory lock (once across portals): a response or resolution whose due time passed unmet is
 * notified to the provider and the unit and escalated to the reviewer and the tenant administrator,
 * once per due time (a reopened fault's new resolution due time is a new one).
 */
public final class FaultScan {

  private static final String COLUMN_DUE = "_due";
  private static final String COLUMN_NOTIFIED = "_notified";

  private FaultScan() {}

  /** The number of notifications written. */
  public static int overdue(EntityManager em, String tenant, Instant now) {
    return overdue(em, tenant, now, FaultClock.RESPONSE, "('REPORTED')")
        + overdue(em, tenant, now, FaultClock.RESOLUTION, "('REPORTED', 'ACKNOWLEDGED')");
  }

  private static int overdue(
      EntityManager em, String tenant, Instant now, FaultClock clock, String states) {
    String column = clock.name().toLowerCase(java.util.Locale.ROOT);
    String due = column + COLUMN_DUE;
    String notified = column + COLUMN_NOTIFIED;
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "select id from fault where tenant_id = ?1 and state in "
                    + states
                    + " and "
                    + due
                    + " < ?2 and "
                    + notified
                    + " is distinct from "
                    + due
                    + " order by id")
            .setParameter(1, tenant)
            .setParameter(2, Timestamp.from(now))
            .getResultList();
    int written = 0;
    for (Number id : new ArrayList<>(ids)) {
      Fault fault = em.find(Fault.class, id.longValue());
      written += notify(em, fault, clock, now);
      em.createNativeQuery("update fault set " + notified + " = " + due + " where id = ?1")
          .setParameter(1, fault.getId())
          .executeUpdate();
    }
    return written;
  }

  private static int notify(EntityManager em, Fault fault, FaultClock clock, Instant now) {
    Instant due = clock == FaultClock.RESPONSE ? fault.getResponseDue() : fault.getResolutionDue();
    AppSystem system = em.find(AppSystem.class, fault.getSystemId());
    List<String> arguments =
        List.of(
            fault.getId().toString(),
            system.getName(),
            "@" + clock.nameKey(),
            BeijingTime.minutes(due));
    String key = "fault-overdue:" + fault.getId() + ":" + clock.name() + ":" + due.toEpochMilli();
    List<Role> told = new ArrayList<>(FaultNotices.UNIT);
    told.add(Role.PROVIDER_OPERATOR);
    return FaultNotices.write(
            em, fault, told, NotificationKind.FAULT_OVERDUE, arguments, key, null, now)
        + FaultNotices.write(
            em,
            fault,
            List.of(Role.REVIEWER, Role.TENANT_ADMIN),
            NotificationKind.FAULT_ESCALATION,
            arguments,
            key,
            null,
            now);
  }
}
