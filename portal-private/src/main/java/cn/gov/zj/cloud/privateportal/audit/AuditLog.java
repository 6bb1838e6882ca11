package cn.gov.zj.cloud.privateportal.audit;

import cn.gov.zj.cloud.privateportal.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The private zone's append-only audit log. Written in the caller's transaction, so a change and
 * its record commit or fail together.
 */
@ApplicationScoped
public class AuditLog {

  private static final Jsonb JSON = JsonbBuilder.create();

  @PersistenceContext(unitName = "private")
  private EntityManager em;

  @Inject private Clock clock;

  /** Records one change; {@code before} is null for a creation. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(
      Actor actor,
      String action,
      String entityType,
      Object entityId,
      Map<String, ?> before,
      Map<String, ?> after) {
    em.persist(
        new AuditEvent(
            actor.tenant().id().value(),
            clock.instant(),
            actor.username(),
            action,
            entityType,
            entityId == null ? null : entityId.toString(),
            before == null ? null : JSON.toJson(before),
            after == null ? null : JSON.toJson(after)));
  }

  /** The tenant's events about one entity, newest first (under the caller's row scope). */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<AuditEvent> about(String entityType, Object entityId) {
    return em.createQuery(
            "select e from AuditEvent e where e.entityType = :type and e.entityId = :id order by e.id desc",
            AuditEvent.class)
        .setParameter("type", entityType)
        .setParameter("id", entityId.toString())
        .getResultList();
  }
}
