package cn.gov.zj.cloud.privateportal.inspection;

import cn.gov.zj.cloud.domain.inspection.FindingAction;
import cn.gov.zj.cloud.domain.inspection.Inspectors;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.privateportal.notification.Notice;
import cn.gov.zj.cloud.privateportal.notification.Notices;
import cn.gov.zj.cloud.privateportal.notification.NotificationKind;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Art. 17: a finding's notices (and their mails), in the caller's transaction and row scope: a new
 * finding and the inspectors' answers to the unit's staff, a submitted rectification to the
 * inspectors; never to whoever acted; once per key and role.
 */
final class FindingNotices {

  /** Both staff roles of the unit: whoever of them rectifies, the unit hears of it. */
  static final List<Role> UNIT = List.of(Role.UNIT_APPLICANT, Role.UNIT_SECURITY_OFFICER);

  /** The inspectors, in a fixed order. */
  static final List<Role> INSPECTORS = Inspectors.ROLES.stream().sorted().toList();

  private FindingNotices() {}

  /** Art. 17: the unit is told of a new finding and its due date. */
  static int recorded(
      EntityManager em, String tenant, FindingView finding, String actor, Instant now) {
    List<String> arguments =
        List.of(
            finding.inspectionTitle(),
            Long.toString(finding.id()),
            finding.systemName(),
            "@" + finding.severity().nameKey(),
            finding.rectificationDue().date().toString());
    return write(
        em,
        Target.of(tenant, finding),
        UNIT,
        NotificationKind.INSPECTION_FINDING,
        arguments,
        "finding:" + finding.id(),
        actor,
        now);
  }

  /** Art. 17: the other side is told of an action on the finding. */
  static int acted(
      EntityManager em,
      String tenant,
      FindingView finding,
      FindingAction action,
      String actor,
      Instant now) {
    List<String> arguments =
        List.of(
            Long.toString(finding.id()),
            finding.systemName(),
            "@" + action.nameKey(),
            "@" + finding.state().nameKey());
    List<Role> told = action == FindingAction.SUBMIT_RECTIFICATION ? INSPECTORS : UNIT;
    String key = "finding-action:" + finding.id() + ":" + action.name() + ":" + now.toEpochMilli();
    return write(
        em,
        Target.of(tenant, finding),
        told,
        NotificationKind.INSPECTION_ACTION,
        arguments,
        key,
        actor,
        now);
  }

  /** Art. 17: an overdue finding to its unit, escalated to the inspectors; once per due date. */
  static int overdue(
      EntityManager em,
      String tenant,
      long findingId,
      long unitId,
      String systemName,
      LocalDate due,
      Instant now) {
    List<String> arguments = List.of(Long.toString(findingId), systemName, due.toString());
    String key = "finding-overdue:" + findingId + ":" + due;
    Target target = new Target(tenant, unitId, due);
    return write(em, target, UNIT, NotificationKind.INSPECTION_OVERDUE, arguments, key, null, now)
        + write(
            em,
            target,
            INSPECTORS,
            NotificationKind.INSPECTION_ESCALATION,
            arguments,
            key,
            null,
            now);
  }

  /** Whom a finding's notice concerns: its tenant, unit, and the due date its mail carries. */
  record Target(String tenant, long unitId, LocalDate due) {

    static Target of(String tenant, FindingView finding) {
      return new Target(tenant, finding.unitId(), finding.rectificationDue().date());
    }
  }

  private static int write(
      EntityManager em,
      Target target,
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
                  target.tenant(),
                  role,
                  role.isUnitStaff() ? target.unitId() : null,
                  null,
                  kind,
                  arguments,
                  key,
                  new Notice.Facts(actor, null, target.due(), null)),
              now);
    }
    return written;
  }
}
