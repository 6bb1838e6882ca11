package cn.gov.zj.cloud.privateportal.audit;

import cn.gov.zj.cloud.privateportal.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The private zone's one writer of its append-only audit log, with the typed actions of {@link
 * AuditAction}. Written in the caller's transaction, so a change and its record commit or fail
 * together: through JPA for the services, through {@link Batch} on the connection of the batched
 * JDBC writers (the interconnection's intake), which need many records in one round trip.
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
      AuditAction action,
      String entityType,
      Object entityId,
      Map<String, ?> before,
      Map<String, ?> after) {
    record(
        actor.tenant().id().value(), actor.username(), action, entityType, entityId, before, after);
  }

  /**
   * Records one change that {@code actor} (a user name, or a zone) caused in {@code tenant}, for
   * work that runs on behalf of someone who is not the request's actor (a publication).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(
      String tenant,
      String actor,
      AuditAction action,
      String entityType,
      Object entityId,
      Map<String, ?> before,
      Map<String, ?> after) {
    em.persist(
        new AuditEvent(
            tenant,
            clock.instant(),
            actor,
            action.code(),
            entityType,
            entityId == null ? null : entityId.toString(),
            json(before),
            json(after)));
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

  /** Records in JDBC batches on {@code connection}, in its transaction and row scope. */
  public static Batch batch(Connection connection) throws SQLException {
    return new Batch(connection);
  }

  private static String json(Map<String, ?> state) {
    return state == null ? null : JSON.toJson(state);
  }

  /** The same records as {@link #record}, added to a JDBC batch and sent by {@link #flush}. */
  public static final class Batch implements AutoCloseable {

    private final PreparedStatement insert;

    private Batch(Connection connection) throws SQLException {
      insert =
          connection.prepareStatement(
              "insert into audit_event (tenant_id, occurred_at, actor, action, entity_type,"
                  + " entity_id, before_state, after_state) values (?, ?, ?, ?, ?, ?, ?, ?)");
    }

    /** Adds one record of a change; {@code before} is null for a creation. */
    public Batch add(
        String tenant,
        Instant at,
        String actor,
        AuditAction action,
        String entityType,
        Object entityId,
        Map<String, ?> before,
        Map<String, ?> after)
        throws SQLException {
      insert.setString(1, tenant);
      insert.setTimestamp(2, Timestamp.from(at));
      insert.setString(3, actor);
      insert.setString(4, action.code());
      insert.setString(5, entityType);
      insert.setString(6, entityId == null ? null : entityId.toString());
      insert.setString(7, json(before));
      insert.setString(8, json(after));
      insert.addBatch();
      return this;
    }

    /** Sends what was added. */
    public void flush() throws SQLException {
      insert.executeBatch();
    }

    @Override
    public void close() throws SQLException {
      insert.close();
    }
  }
}
