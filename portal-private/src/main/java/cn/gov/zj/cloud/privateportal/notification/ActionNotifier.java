package cn.gov.zj.cloud.privateportal.notification;

import cn.gov.zj.cloud.domain.application.Action;
import cn.gov.zj.cloud.domain.application.ApplicationState;
import cn.gov.zj.cloud.domain.application.Lifecycle;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.privateportal.application.ActionFired;
import cn.gov.zj.cloud.privateportal.application.CloudApplication;
import cn.gov.zj.cloud.privateportal.registry.AppSystem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Art. 6–12: after each action, in its transaction, everyone concerned hears of it: the roles whose
 * turn it now is (unit roles only for the application's unit), and the unit's applicant of every
 * decision taken by someone else. The actor is never told of their own action ({@link
 * Notice.Facts#actor()}): their account neither lists nor is mailed the notice.
 */
@ApplicationScoped
public class ActionNotifier {

  @PersistenceContext(unitName = "private")
  private EntityManager em;

  @Inject private Clock clock;

  void on(@Observes ActionFired fired) {
    CloudApplication application = em.find(CloudApplication.class, fired.applicationId());
    AppSystem system = em.find(AppSystem.class, application.getSystemId());
    Instant now = clock.instant();
    List<String> arguments =
        List.of(
            application.getId().toString(),
            system.getName(),
            "@" + fired.action().nameKey(),
            "@application.state." + fired.to().name());
    String key = "action:" + application.getId() + ":" + fired.action().restName() + ":" + now;
    Notice.Facts facts =
        new Notice.Facts(
            fired.actor().username(),
            application.getStep(),
            application.getDueDate(),
            opinion(application.getId()));
    for (Role role : concerned(fired)) {
      Long unit = role.isUnitStaff() ? application.getUnitId() : null;
      NoticeWriter.write(
          em,
          new Notice(
              application.getTenantId(),
              role,
              unit,
              application.getId(),
              NotificationKind.ACTION,
              arguments,
              key,
              facts),
          now);
    }
  }

  /** The opinion of the action just stored (the application's latest history entry). */
  private String opinion(long applicationId) {
    List<String> latest =
        em.createQuery(
                "select e.opinion from ApplicationEvent e where e.applicationId = :id"
                    + " order by e.id desc",
                String.class)
            .setParameter("id", applicationId)
            .setMaxResults(1)
            .getResultList();
    return latest.isEmpty() ? null : latest.get(0);
  }

  /** The roles that may act next, and the unit's applicant when someone else acted. */
  static Set<Role> concerned(ActionFired fired) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (fired.to() != ApplicationState.ACTIVE) {
      Lifecycle.allowedNow(fired.to()).stream().map(Action::role).forEach(roles::add);
    }
    if (fired.action().role() != Role.UNIT_APPLICANT) {
      roles.add(Role.UNIT_APPLICANT);
    }
    return roles;
  }
}
