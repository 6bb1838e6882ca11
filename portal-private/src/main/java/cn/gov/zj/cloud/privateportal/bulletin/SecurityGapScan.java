package cn.gov.zj.cloud.privateportal.bulletin;

import cn.gov.zj.cloud.domain.bulletin.DutyState;
import cn.gov.zj.cloud.domain.bulletin.SecurityCompliance;
import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.privateportal.notification.Notice;
import cn.gov.zj.cloud.privateportal.notification.Notices;
import cn.gov.zj.cloud.privateportal.notification.NotificationKind;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * Art. 19: one tenant's missing bulletins and drill, run by the deadline scan in its transaction,
 * row scope and advisory lock: a month whose bulletin was not published by the 5th working day of
 * the next month, and a year whose drill was not held by 1 December, are flagged to the reviewer
 * and the security supervisor, in the portal and by mail, once each. The scan looks at this year
 * and at last December (flagged in January).
 */
public final class SecurityGapScan {

  static final List<Role> TOLD = List.of(Role.REVIEWER, Role.SECURITY_SUPERVISOR);

  private SecurityGapScan() {}

  /** The number of notifications written. */
  public static int flag(EntityManager em, String tenant, OfficialCalendar calendar, Instant now) {
    int year = OfficialCalendar.dateOf(now).getYear();
    SecurityCompliance current = SecurityDuties.of(em, tenant, calendar, year, now);
    SecurityCompliance last = SecurityDuties.of(em, tenant, calendar, year - 1, now);
    int written = 0;
    if (last.months().get(11).state() == DutyState.MISSING) {
      written += bulletin(em, tenant, last.months().get(11), now);
    }
    for (SecurityCompliance.MonthDuty month : current.months()) {
      if (month.state() == DutyState.MISSING) {
        written += bulletin(em, tenant, month, now);
      }
    }
    if (current.drill().state() == DutyState.MISSING) {
      written +=
          write(
              em,
              tenant,
              NotificationKind.DRILL_MISSING,
              List.of(Integer.toString(year), current.drill().due().date().toString()),
              "drill-missing:" + year,
              now);
    }
    return written;
  }

  private static int bulletin(
      EntityManager em, String tenant, SecurityCompliance.MonthDuty month, Instant now) {
    YearMonth ym = month.month();
    return write(
        em,
        tenant,
        NotificationKind.BULLETIN_MISSING,
        List.of(ym.toString(), month.due().date().toString()),
        "bulletin-missing:" + ym,
        now);
  }

  private static int write(
      EntityManager em,
      String tenant,
      NotificationKind kind,
      List<String> arguments,
      String key,
      Instant now) {
    int written = 0;
    for (Role role : TOLD) {
      written += Notices.write(em, new Notice(tenant, role, null, null, kind, arguments, key), now);
    }
    return written;
  }
}
