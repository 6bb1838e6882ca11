package cn.gov.zj.cloud.publicportal.interconnect;

import cn.gov.zj.cloud.domain.interconnect.Message;
import cn.gov.zj.cloud.domain.interconnect.MessageType;
import cn.gov.zj.cloud.domain.tenant.Tenant;
import cn.gov.zj.cloud.publicportal.audit.AuditAction;
import cn.gov.zj.cloud.publicportal.audit.AuditLog;
import cn.gov.zj.cloud.publicportal.persistence.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Art. 24: the public zone's submissions waiting for the private zone. A submission is written,
 * signed, in the transaction that stores it; it stays until the private zone acknowledges or
 * refuses it, and both are audited.
 */
@ApplicationScoped
public class Outbox {

  /** The most the private zone takes in one pull. */
  public static final int MAX_BATCH = 2000;

  /** The message and its audit record in one round trip. */
  private static final String APPEND =
      "with m as (insert into interconnect_outbox (message_id, type, tenant_id, body, created_at)"
          + " values (?, ?, ?, ?, ?) returning message_id, type, tenant_id, created_at)"
          + AuditLog.messagesOf(
              "m",
              AuditAction.INTERCONNECT_QUEUED,
              "created_at",
              "?",
              "json_build_object('detail', type)::text");

  @Inject private Transactions transactions;
  @Inject private ZoneKeys keys;

  /** Signs and queues a submission in the caller's transaction, with its audit record. */
  public Message append(
      Connection connection,
      MessageType type,
      Tenant tenant,
      Map<String, String> fields,
      Instant at)
      throws SQLException {
    Message message = sign(type, tenant, fields, at);
    queue(connection, List.of(message));
    return message;
  }

  /** A submission signed with this zone's key, to be queued by {@link #queue}. */
  public Message sign(MessageType type, Tenant tenant, Map<String, String> fields, Instant at) {
    return Message.signed(type, tenant.id().value(), fields, at, keys.own());
  }

  /**
   * Queues signed submissions in the caller's transaction, each with its audit record, in one round
   * trip however many they are.
   */
  public void queue(Connection connection, List<Message> messages) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(APPEND)) {
      for (Message message : messages) {
        insert.setObject(1, message.id());
        insert.setString(2, message.type().name());
        insert.setString(3, message.tenant());
        insert.setString(4, message.text());
        insert.setTimestamp(5, Timestamp.from(message.createdAt()));
        insert.setString(6, ZoneAudit.PUBLIC_ZONE);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** The oldest waiting submissions, at most {@code limit}, in the order they were written. */
  public List<Pending> pending(int limit) {
    return transactions.channel(
        "read the interconnection outbox",
        connection -> {
          try (PreparedStatement query =
              connection.prepareStatement(
                  "select seq, body from interconnect_outbox where acked_at is null"
                      + " and refused_at is null order by seq limit ?")) {
            query.setInt(1, Math.max(1, Math.min(limit, MAX_BATCH)));
            List<Pending> pending = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                pending.add(new Pending(rows.getLong(1), rows.getString(2)));
              }
            }
            return pending;
          }
        });
  }

  /** How many submissions wait, since when, and how many the private zone refused. */
  public Backlog backlog() {
    return transactions.channel(
        "count the interconnection outbox",
        connection -> {
          try (PreparedStatement query =
                  connection.prepareStatement(
                      "select count(*) filter (where refused_at is null), min(created_at)"
                          + " filter (where refused_at is null), count(*) filter (where"
                          + " refused_at is not null) from interconnect_outbox"
                          + " where acked_at is null");
              ResultSet row = query.executeQuery()) {
            row.next();
            Timestamp oldest = row.getTimestamp(2);
            return new Backlog(
                row.getLong(1), oldest == null ? null : oldest.toInstant(), row.getLong(3));
          }
        });
  }

  /**
   * Records what the private zone did with the messages it pulled, in one transaction with one
   * audit record per message: acknowledged ones are done, refused ones are kept with the reason.
   */
  public Settled settle(List<Long> acked, Map<Long, String> refused) {
    return transactions.channel(
        "settle interconnection messages",
        connection -> {
          Instant now = Instant.now();
          int done = acknowledge(connection, acked, now);
          int kept = 0;
          for (Map.Entry<Long, String> refusal : refused.entrySet()) {
            kept += refuse(connection, refusal.getKey(), refusal.getValue(), now);
          }
          return new Settled(done, kept);
        });
  }

  /**
   * Puts every submission the private zone refused back in the queue, each with an audit record,
   * after its operator fixed the cause (a key, say): the next pull checks it again in full, so a
   * message altered at rest is refused again. Only the private zone asks for this.
   */
  public int requeueRefused() {
    return transactions.channel(
        "requeue refused interconnection messages",
        connection -> {
          try (PreparedStatement update =
              connection.prepareStatement(
                  "with back as (update interconnect_outbox set refused_at = null, refusal = null"
                      + " where acked_at is null and refused_at is not null"
                      + " returning tenant_id, message_id, type)"
                      + AuditLog.messagesOf(
                          "back",
                          AuditAction.INTERCONNECT_REQUEUED,
                          "now()",
                          "'" + ZoneAudit.PRIVATE_ZONE + "'",
                          "json_build_object('type', type)::text"))) {
            return update.executeUpdate();
          }
        });
  }

  private static int acknowledge(Connection connection, List<Long> seqs, Instant now)
      throws SQLException {
    if (seqs.isEmpty()) {
      return 0;
    }
    Array array = connection.createArrayOf("bigint", seqs.toArray());
    try (PreparedStatement update =
        connection.prepareStatement(
            "with done as (update interconnect_outbox set acked_at = ? where seq = any(?)"
                + " and acked_at is null returning tenant_id, message_id, type)"
                + AuditLog.messagesOf(
                    "done",
                    AuditAction.INTERCONNECT_ACKED,
                    "?",
                    "'" + ZoneAudit.PRIVATE_ZONE + "'",
                    "json_build_object('type', type)::text"))) {
      update.setTimestamp(1, Timestamp.from(now));
      update.setArray(2, array);
      update.setTimestamp(3, Timestamp.from(now));
      return update.executeUpdate();
    }
  }

  private static int refuse(Connection connection, long seq, String reason, Instant now)
      throws SQLException {
    String text = reason == null ? "" : reason.substring(0, Math.min(reason.length(), 200));
    try (PreparedStatement update =
        connection.prepareStatement(
            "with kept as (update interconnect_outbox set refused_at = ?, refusal = ?"
                + " where seq = ? and acked_at is null and refused_at is null"
                + " returning tenant_id, message_id, type)"
                + AuditLog.messagesOf(
                    "kept",
                    AuditAction.INTERCONNECT_REFUSED_BY_PEER,
                    "?",
                    "'" + ZoneAudit.PRIVATE_ZONE + "'",
                    "json_build_object('type', type, 'reason', ?::text)::text"))) {
      update.setTimestamp(1, Timestamp.from(now));
      update.setString(2, text);
      update.setLong(3, seq);
      update.setTimestamp(4, Timestamp.from(now));
      update.setString(5, text);
      return update.executeUpdate();
    }
  }

  /** One waiting submission: its place in the queue and its signed text. */
  public record Pending(long seq, String text) {}

  /** The queue's state, for the private zone's channel page. */
  public record Backlog(long pending, Instant oldestPendingAt, long refused) {}

  /** How many messages a settlement acknowledged and refused. */
  public record Settled(int acked, int refused) {}
}
