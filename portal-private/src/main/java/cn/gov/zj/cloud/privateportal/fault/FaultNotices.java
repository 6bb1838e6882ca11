package cn.gov.zj.cloud.privateportal.fault;

import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.privateportal.notification.Notice;
import cn.gov.zj.cloud.privateportal.notification.Notices;
import cn.gov.zj.cloud.privateportal.notification.NotificationKind;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;

/**
 * Art. 13: writes a fault's notices (and their mails) in the caller's transaction and row scope: to
 * the provider and the tenant-wide roles, or to both staff roles of the fault's unit; once per key
 * and role, never to whoever caused it ({@code actor}).
 */
final class FaultNotices {

  private FaultNotices() {}

  /** The number of notices written (those written before under the same key are not). */
  static int write(
      EntityManager em,
      Fault fault,
      List<Role> roles,
      NotificationKind kind,
      List<String> arguments,
      String key,
      String actor,
      Instant now) {
    int written = 0;
    for (Role role : roles) {
      written +=
          Notices.write(
              em,
              new Notice(
                  fault.getTenantId(),
                  role,
                  role.isUnitStaff() ? fault.getUnitId() : null,
                  fault.getApplicationId(),
                  kind,
                  arguments,
                  key,
                  new Notice.Facts(actor, null, null, null)),
              now);
    }
    return written;
  }

  /** Both staff roles of a unit: whoever of them reported, the unit hears of it. */
  static final List<Role> UNIT = List.of(Role.UNIT_APPLICANT, Role.UNIT_SECURITY_OFFICER);
}
