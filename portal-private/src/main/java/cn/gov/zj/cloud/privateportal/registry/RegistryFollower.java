package cn.gov.zj.cloud.privateportal.registry;

import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.domain.registry.MlpsLevel;
import cn.gov.zj.cloud.privateportal.application.ActionFired;
import cn.gov.zj.cloud.privateportal.application.CloudApplication;
import cn.gov.zj.cloud.privateportal.audit.AuditAction;
import cn.gov.zj.cloud.privateportal.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Art. 3, 10–12: the registry follows the lifecycle in the action's own transaction. Activation
 * puts the system on the cloud from that day (new when it was planned, else migrated), an approved
 * change gives it the MLPS level it asked for, reclamation takes it off the cloud.
 */
@ApplicationScoped
public class RegistryFollower {

  @PersistenceContext(unitName = "private")
  private EntityManager em;

  @Inject private AuditLog audit;
  @Inject private Clock clock;

  void on(@Observes ActionFired fired) {
    CloudApplication application = em.find(CloudApplication.class, fired.applicationId());
    AppSystem system = em.find(AppSystem.class, application.getSystemId());
    Map<String, Object> before = system.snapshot();
    Instant now = clock.instant();
    switch (fired.action()) {
      case FINAL_APPROVE -> system.activated(OfficialCalendar.dateOf(now), now);
      case APPROVE_CHANGE -> {
        if (application.getPendingMlps() != null) {
          system.changeLevel(new MlpsLevel(application.getPendingMlps()), now);
        }
      }
      case RECLAIM -> system.terminated(now);
      default -> {
        return;
      }
    }
    Map<String, Object> after = system.snapshot();
    if (!after.equals(before)) {
      audit.record(
          fired.actor(), AuditAction.SYSTEM_LIFECYCLE, "system", system.getId(), before, after);
      em.flush();
      SystemChanges.record(audit, fired.actor(), system.getId(), before, after);
    }
  }
}
