package cn.gov.zj.cloud.privateportal.feedback;

import cn.gov.zj.cloud.domain.application.Action;
import cn.gov.zj.cloud.domain.feedback.InvitationToken;
import cn.gov.zj.cloud.domain.interconnect.MessageType;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.privateportal.application.ActionFired;
import cn.gov.zj.cloud.privateportal.application.CloudApplication;
import cn.gov.zj.cloud.privateportal.interconnect.Publisher;
import cn.gov.zj.cloud.privateportal.notification.Notice;
import cn.gov.zj.cloud.privateportal.notification.Notices;
import cn.gov.zj.cloud.privateportal.notification.NotificationKind;
import cn.gov.zj.cloud.privateportal.registry.AppSystem;
import cn.gov.zj.cloud.privateportal.registry.UsingUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Art. 23: each provider service event (trial environment provided, change executed, resources
 * reclaimed) invites the application's unit to rate the provider, once: the invitation is stored,
 * published to the public zone with the hash of its one-time link (Art. 24), and the link goes to
 * the unit's applicants as a notification (and mail), all in the action's transaction.
 */
@ApplicationScoped
public class RatingInvitations {

  /** Art. 23: the provider service events of the lifecycle. */
  public static final Set<Action> PROVIDER_EVENTS =
      Set.of(Action.PROVIDE_TRIAL, Action.EXECUTE_CHANGE, Action.RECLAIM);

  @PersistenceContext(unitName = "private")
  private EntityManager em;

  @Inject private Publisher publisher;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "ZJ_PUBLIC_BASE_URL", defaultValue = "http://localhost:8081")
  String publicBaseUrl;

  private final SecureRandom random = new SecureRandom();

  void on(@Observes ActionFired fired) {
    if (!PROVIDER_EVENTS.contains(fired.action())) {
      return;
    }
    invite(
        fired.applicationId(),
        fired.action().restName(),
        "@" + fired.action().nameKey(),
        fired.actor().username());
  }

  /**
   * Art. 13, 23: invites the unit of the application to rate one provider service event, in the
   * caller's transaction and row scope: {@code event} as the public portal names it (e.g. {@code
   * fault-resolved}), {@code what} the event in the notification's words ({@code @key} translated).
   */
  public void invite(long applicationId, String event, String what, String actor) {
    CloudApplication application = em.find(CloudApplication.class, applicationId);
    UsingUnit unit = em.find(UsingUnit.class, application.getUnitId());
    AppSystem system = em.find(AppSystem.class, application.getSystemId());
    UUID id = UUID.randomUUID();
    InvitationToken token = InvitationToken.next(random);
    Instant now = clock.instant();
    String tenant = application.getTenantId();
    em.createNativeQuery(
            "insert into rating_invitation (invitation_id, tenant_id, application_id, unit_id,"
                + " event, occurred_at) values (cast(?1 as uuid), ?2, ?3, ?4, ?5, ?6)")
        .setParameter(1, id.toString())
        .setParameter(2, tenant)
        .setParameter(3, application.getId())
        .setParameter(4, unit.getId())
        .setParameter(5, event)
        .setParameter(6, Timestamp.from(now))
        .executeUpdate();
    publisher.publish(
        MessageType.RATING_INVITED,
        tenant,
        Map.of(
            "invitationId", id.toString(),
            "event", event,
            "applicationId", application.getId().toString(),
            "unitCode", unit.getCreditCode(),
            "tokenHash", token.hash(),
            "occurredAt", now.toString()),
        actor);
    Notices.write(
        em,
        new Notice(
            tenant,
            Role.UNIT_APPLICANT,
            unit.getId(),
            application.getId(),
            NotificationKind.RATING_INVITATION,
            List.of(application.getId().toString(), system.getName(), what, link(tenant, token)),
            "rating-invitation:" + id),
        now);
  }

  private String link(String tenant, InvitationToken token) {
    String base =
        publicBaseUrl.endsWith("/")
            ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
            : publicBaseUrl;
    return base + "/t/" + tenant + "/invitation/" + token.value();
  }
}
