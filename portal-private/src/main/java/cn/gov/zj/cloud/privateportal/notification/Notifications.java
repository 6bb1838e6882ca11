package cn.gov.zj.cloud.privateportal.notification;

import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.privateportal.paging.Listing;
import cn.gov.zj.cloud.privateportal.paging.Page;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
import cn.gov.zj.cloud.privateportal.registry.Systems;
import cn.gov.zj.cloud.privateportal.security.Actor;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import cn.gov.zj.cloud.privateportal.tenant.NotFound;
import cn.gov.zj.cloud.privateportal.tenant.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Art. 8–12: the actor's notifications: those to one of their roles (for unit roles, to their unit)
 * that another person's action or the deadline scan caused, newest first, with their own read
 * marks.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class Notifications {

  public static final Map<String, String> SORTABLE = Map.of("createdAt", "n.id");

  private static final String MINE =
      "n.tenantId = :tenant and n.recipientRole in :roles"
          + " and (n.recipientUnit is null or n.recipientUnit = :unit)"
          + " and (n.actor is null or n.actor <> :me)";
  private static final String UNREAD =
      " and not exists (select r from NotificationRead r where r.notificationId = n.id"
          + " and r.username = :me)";

  @PersistenceContext(unitName = "private")
  private EntityManager em;

  @Inject private CurrentActor actor;
  @Inject private Systems systems;
  @Inject private Clock clock;

  public Page<Notification> mine(boolean unreadOnly, PageRequest request) {
    Actor who = actor.get();
    who.require(Role.tenantStaff());
    Long unit = systems.visibleUnit();
    return Listing.page(
        em,
        Notification.class,
        "Notification n",
        MINE + (unreadOnly ? UNREAD : ""),
        query -> {
          query
              .setParameter("tenant", who.tenant().id().value())
              .setParameter("roles", roles(who))
              .setParameter("unit", unit == null ? -1L : unit)
              .setParameter("me", who.username());
        },
        request,
        SORTABLE);
  }

  /** Which of {@code ids} the actor has read. */
  public Set<Long> read(List<Long> ids) {
    if (ids.isEmpty()) {
      return Set.of();
    }
    return em
        .createQuery(
            "select r.notificationId from NotificationRead r where r.username = :me"
                + " and r.notificationId in :ids",
            Long.class)
        .setParameter("me", actor.get().username())
        .setParameter("ids", ids)
        .getResultList()
        .stream()
        .collect(Collectors.toSet());
  }

  /** Marks one of the actor's notifications read; 404 for anyone else's. */
  public void markRead(long id) {
    Actor who = actor.get();
    Notification notice = em.find(Notification.class, id);
    Long unit = systems.visibleUnit();
    if (notice == null
        || !roles(who).contains(notice.getRecipientRole())
        || (notice.getRecipientUnit() != null && !notice.getRecipientUnit().equals(unit))) {
      throw new NotFound("notification", id);
    }
    mark(who, List.of(id));
  }

  /** Marks every unread notification of the actor read; the number marked. */
  public int markAllRead() {
    Actor who = actor.get();
    who.require(Role.tenantStaff());
    Long unit = systems.visibleUnit();
    List<Long> unread =
        em.createQuery("select n.id from Notification n where " + MINE + UNREAD, Long.class)
            .setParameter("tenant", who.tenant().id().value())
            .setParameter("roles", roles(who))
            .setParameter("unit", unit == null ? -1L : unit)
            .setParameter("me", who.username())
            .getResultList();
    mark(who, unread);
    return unread.size();
  }

  private void mark(Actor who, List<Long> ids) {
    if (ids.isEmpty()) {
      return;
    }
    em.createNativeQuery(
            "insert into notification_read (notification_id, tenant_id, username, read_at)"
                + " select cast(id as bigint), ?2, ?3, ?4 from unnest(string_to_array(?1, ',')) id"
                + " on conflict do nothing")
        .setParameter(1, ids.stream().map(String::valueOf).collect(Collectors.joining(",")))
        .setParameter(2, who.tenant().id().value())
        .setParameter(3, who.username())
        .setParameter(4, Timestamp.from(clock.instant()))
        .executeUpdate();
  }

  private static List<String> roles(Actor who) {
    return who.roles().stream().filter(who::has).map(Role::realmRole).toList();
  }
}
