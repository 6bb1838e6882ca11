package cn.gov.zj.cloud.publicportal.interconnect;

import cn.gov.zj.cloud.domain.interconnect.Direction;
import cn.gov.zj.cloud.domain.interconnect.Message;
import cn.gov.zj.cloud.domain.interconnect.MessageCheck;
import cn.gov.zj.cloud.domain.interconnect.MessageRefused;
import cn.gov.zj.cloud.domain.tenant.TenantDirectory;
import cn.gov.zj.cloud.publicportal.audit.AuditAction;
import cn.gov.zj.cloud.publicportal.persistence.Transactions;
import cn.gov.zj.cloud.publicportal.tenant.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Art. 24: the publications the private zone pushes. Each is checked (whitelisted type, version,
 * tenant, fields and sizes, the private zone's signature); a refused one is logged and audited; an
 * accepted one takes effect once, however often it is delivered, in one transaction with its id.
 * Wall 4: a batch holds several tenants' publications; each takes effect under its own tenant's row
 * scope, a refused one (whose tenant cannot be believed) is audited under the province's.
 */
@ApplicationScoped
public class Inbox {

  private static final Logger LOG = Logger.getLogger(Inbox.class.getName());

  @Inject private Transactions transactions;
  @Inject private ZoneKeys keys;
  @Inject private Publications publications;

  /** Applies a batch in one transaction; an outcome per text, in the same order. */
  public List<Delivery> receive(List<String> texts) {
    TenantDirectory tenants = TenantDirectory.load();
    return transactions.run(
        "store publications",
        connection -> {
          List<Delivery> outcomes = new ArrayList<>();
          for (String text : texts) {
            outcomes.add(receive(connection, tenants, text));
          }
          return outcomes;
        });
  }

  private Delivery receive(Connection connection, TenantDirectory tenants, String text)
      throws SQLException {
    Instant now = Instant.now();
    Message message;
    try {
      message =
          MessageCheck.read(
              text, Direction.PUBLICATION, t -> tenants.find(t).isPresent(), keys.privateZone());
    } catch (MessageRefused refused) {
      return refused(connection, tenants, text, refused.reason().name(), refused.getMessage());
    }
    TenantScope.tenant(connection, message.tenant());
    Savepoint before = connection.setSavepoint();
    try {
      if (!remember(connection, message, now)) {
        return new Delivery(message.id().toString(), Delivery.Outcome.DUPLICATE, null);
      }
      String effect = publications.apply(connection, message);
      ZoneAudit.record(
          connection,
          message.tenant(),
          ZoneAudit.PRIVATE_ZONE,
          AuditAction.INTERCONNECT_RECEIVED,
          message.id().toString(),
          message.type().name() + ": " + effect,
          now);
      return new Delivery(message.id().toString(), Delivery.Outcome.ACCEPTED, null);
    } catch (IllegalArgumentException | DateTimeException e) {
      connection.rollback(before);
      return refused(connection, tenants, text, "MALFORMED", e.getMessage());
    }
  }

  /** Logged and audited; the message changes nothing. */
  private static Delivery refused(
      Connection connection, TenantDirectory tenants, String text, String reason, String detail)
      throws SQLException {
    String id = MessageCheck.claimedId(text).map(Object::toString).orElse(null);
    LOG.warning("publication " + id + " refused (" + reason + "): " + detail);
    TenantScope.tenant(connection, tenants.province().id().value());
    ZoneAudit.record(
        connection,
        tenants.province().id().value(),
        ZoneAudit.PRIVATE_ZONE,
        AuditAction.INTERCONNECT_REFUSED,
        id,
        reason,
        Instant.now());
    return new Delivery(id, Delivery.Outcome.REFUSED, reason);
  }

  /** True the first time this id is seen. */
  private static boolean remember(Connection connection, Message message, Instant now)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into interconnect_inbox (message_id, type, tenant_id, created_at,"
                + " received_at) values (?, ?, ?, ?, ?) on conflict do nothing")) {
      insert.setObject(1, message.id());
      insert.setString(2, message.type().name());
      insert.setString(3, message.tenant());
      insert.setTimestamp(4, Timestamp.from(message.createdAt()));
      insert.setTimestamp(5, Timestamp.from(now));
      return insert.executeUpdate() == 1;
    }
  }

  /** What became of one delivered publication. */
  public record Delivery(String id, Outcome outcome, String reason) {

    /** Accepted now, already accepted before, or refused (with the reason). */
    public enum Outcome {
      ACCEPTED,
      DUPLICATE,
      REFUSED
    }
  }
}
