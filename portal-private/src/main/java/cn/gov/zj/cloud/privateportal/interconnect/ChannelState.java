package cn.gov.zj.cloud.privateportal.interconnect;

import cn.gov.zj.cloud.privateportal.audit.AuditAction;
import cn.gov.zj.cloud.privateportal.audit.AuditLog;
import cn.gov.zj.cloud.privateportal.security.Actor;
import cn.gov.zj.cloud.privateportal.tenant.RowScope;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Art. 24: the channel's state for {@code province-admin}: the last attempt, success and failure,
 * the failures in a row, totals, and both queues (the public zone's as of the last pull).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ChannelState {

  @Resource(lookup = "java:app/jdbc/private")
  private DataSource dataSource;

  @PersistenceContext(unitName = "private")
  private EntityManager em;

  @Inject private AuditLog log;

  public void succeeded(Instant at, PublicZone.Pulled lastPull) {
    update(
        "update interconnect_channel set last_attempt_at = ?, last_success_at = ?,"
            + " consecutive_failures = 0, public_pending = ?, public_refused = ?,"
            + " public_oldest_pending_at = ? where id = 1",
        at,
        lastPull);
  }

  public void failed(Instant at, String reason) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update =
            connection.prepareStatement(
                "update interconnect_channel set last_attempt_at = ?, last_failure_at = ?,"
                    + " last_failure = ?, consecutive_failures = consecutive_failures + 1"
                    + " where id = 1")) {
      update.setTimestamp(1, Timestamp.from(at));
      update.setTimestamp(2, Timestamp.from(at));
      update.setString(
          3, reason == null ? "" : reason.substring(0, Math.min(reason.length(), 500)));
      update.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot record the channel's failure", e);
    }
  }

  private void update(String sql, Instant at, PublicZone.Pulled pull) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update = connection.prepareStatement(sql)) {
      update.setTimestamp(1, Timestamp.from(at));
      update.setTimestamp(2, Timestamp.from(at));
      update.setLong(3, pull.pending());
      update.setLong(4, pull.refused());
      update.setTimestamp(
          5, pull.oldestPendingAt() == null ? null : Timestamp.from(pull.oldestPendingAt()));
      update.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot record the channel's state", e);
    }
  }

  /** Audits the refused messages that {@code actor} put back in the queues. */
  public void requeued(Actor actor, ChannelWatch.Requeued requeued) {
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("publications", requeued.publications());
    after.put("submissions", requeued.submissions());
    audit(actor, AuditAction.INTERCONNECT_REQUEUE, after);
  }

  /** Audits an exchange that {@code actor} started by hand, and its outcome. */
  public void started(Actor actor, Channel.Exchange exchange) {
    audit(
        actor,
        AuditAction.INTERCONNECT_EXCHANGE,
        Map.of(
            "succeeded", exchange.succeeded(),
            "skipped", exchange.skipped(),
            "applied", exchange.applied(),
            "delivered", exchange.delivered()));
  }

  private void audit(Actor actor, AuditAction action, Map<String, ?> after) {
    RowScope.tenant(em, actor.tenant().id());
    log.record(actor, action, "channel", "interconnect", null, after);
  }

  /** The state now. */
  public ChannelReport report() {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "select c.last_attempt_at, c.last_success_at, c.last_failure_at, c.last_failure,"
                    + " c.consecutive_failures, c.received_total, c.sent_total,"
                    + " c.refused_in_total, c.public_pending, c.public_refused,"
                    + " c.public_oldest_pending_at,"
                    + " (select count(*) from interconnect_outbox where delivered_at is null"
                    + " and refused_at is null),"
                    + " (select min(created_at) from interconnect_outbox where delivered_at is null"
                    + " and refused_at is null),"
                    + " (select count(*) from interconnect_outbox where refused_at is not null)"
                    + " from interconnect_channel c where c.id = 1");
        ResultSet row = query.executeQuery()) {
      row.next();
      return ChannelReport.of(row);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the channel's state", e);
    }
  }
}
