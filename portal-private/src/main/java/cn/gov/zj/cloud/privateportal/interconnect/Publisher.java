package cn.gov.zj.cloud.privateportal.interconnect;

import cn.gov.zj.cloud.domain.interconnect.Message;
import cn.gov.zj.cloud.domain.interconnect.MessageType;
import cn.gov.zj.cloud.privateportal.audit.AuditAction;
import cn.gov.zj.cloud.privateportal.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Art. 24: queues a publication for the public zone, signed, in the transaction of the decision it
 * carries (a reply, a response, an invitation, a directory entry), with its audit record; the
 * channel pushes it until the public zone has it.
 */
@ApplicationScoped
public class Publisher {

  private static final String INSERT =
      "insert into interconnect_outbox (message_id, type, tenant_id, body, created_at)"
          + " values (cast(?1 as uuid), ?2, ?3, ?4, ?5)";

  @PersistenceContext(unitName = "private")
  private EntityManager em;

  @Inject private ZoneKeys keys;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /** Signs and queues; {@code actor} is who caused it (audited). Needs the tenant's row scope. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Message publish(
      MessageType type, String tenant, Map<String, String> fields, String actor) {
    Instant now = clock.instant();
    Message message = Message.signed(type, tenant, fields, now, keys.own());
    em.createNativeQuery(INSERT)
        .setParameter(1, message.id().toString())
        .setParameter(2, type.name())
        .setParameter(3, tenant)
        .setParameter(4, message.text())
        .setParameter(5, Timestamp.from(now))
        .executeUpdate();
    audit.record(
        tenant,
        actor,
        AuditAction.INTERCONNECT_QUEUED,
        "message",
        message.id(),
        null,
        Map.of("type", type.name()));
    return message;
  }
}
