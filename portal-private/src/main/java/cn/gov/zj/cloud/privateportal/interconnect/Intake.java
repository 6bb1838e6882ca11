package cn.gov.zj.cloud.privateportal.interconnect;

import cn.gov.zj.cloud.domain.interconnect.Direction;
import cn.gov.zj.cloud.domain.interconnect.Message;
import cn.gov.zj.cloud.domain.interconnect.MessageCheck;
import cn.gov.zj.cloud.domain.interconnect.MessageRefused;
import cn.gov.zj.cloud.domain.tenant.TenantDirectory;
import cn.gov.zj.cloud.domain.tenant.TenantId;
import cn.gov.zj.cloud.privateportal.calendar.WorkingCalendar;
import cn.gov.zj.cloud.privateportal.tenant.RowScope;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Art. 24: applies one pulled batch of the public zone's submissions in one transaction. Each is
 * checked (whitelisted type, version, tenant, fields and sizes, the public zone's signature) and
 * takes effect once: its id is remembered with its effect. Every message is audited, received,
 * repeated or refused; a refused one changes nothing and stays in the public zone, marked.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Intake {

  private static final Logger LOG = Logger.getLogger(Intake.class.getName());

  @Resource(lookup = "java:app/jdbc/private")
  private DataSource dataSource;

  @Inject private ZoneKeys keys;
  @EJB private WorkingCalendar calendar;

  public Settlement apply(List<PublicZone.Pulled.Item> items) {
    TenantDirectory tenants = TenantDirectory.load();
    Map<String, List<Checked>> byTenant = new LinkedHashMap<>();
    Map<Long, String> refused = new LinkedHashMap<>();
    for (PublicZone.Pulled.Item item : items) {
      try {
        Message message =
            MessageCheck.read(
                item.text(),
                Direction.SUBMISSION,
                t -> tenants.find(t).isPresent(),
                keys.publicZone());
        byTenant
            .computeIfAbsent(message.tenant(), t -> new ArrayList<>())
            .add(new Checked(item.seq(), message, Submission.of(message)));
      } catch (MessageRefused e) {
        refused.put(item.seq(), e.reason().name() + ": " + e.getMessage());
      } catch (IllegalArgumentException | DateTimeException e) {
        refused.put(item.seq(), "MALFORMED: " + e.getMessage());
      }
    }
    try (Connection connection = dataSource.getConnection()) {
      Instant now = Instant.now();
      List<Long> acked = new ArrayList<>();
      int fresh = 0;
      for (Map.Entry<String, List<Checked>> group : byTenant.entrySet()) {
        fresh += store(connection, group.getKey(), group.getValue(), now);
        group.getValue().forEach(checked -> acked.add(checked.seq()));
      }
      if (!refused.isEmpty()) {
        auditRefused(connection, tenants.province().id().value(), items, refused, now);
      }
      ChannelCounters.received(connection, fresh, refused.size());
      return new Settlement(acked, refused, fresh);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot apply submissions", e);
    }
  }

  private int store(Connection connection, String tenant, List<Checked> group, Instant now)
      throws SQLException {
    scope(connection, tenant);
    Set<UUID> fresh = remember(connection, tenant, group, now);
    try (SubmissionWriter writer =
        new SubmissionWriter(connection, tenant, calendar.current(), now)) {
      for (Checked checked : group) {
        if (fresh.contains(checked.message().id())) {
          writer.add(checked.submission());
        }
      }
      writer.flush();
    }
    ChannelAudit.messages(connection, tenant, group, fresh, now);
    return fresh.size();
  }

  /** Inserts the ids; the ones not seen before come back. */
  private static Set<UUID> remember(
      Connection connection, String tenant, List<Checked> group, Instant now) throws SQLException {
    Array ids =
        connection.createArrayOf("uuid", group.stream().map(c -> c.message().id()).toArray());
    Array types =
        connection.createArrayOf(
            "varchar", group.stream().map(c -> c.message().type().name()).toArray());
    Array created =
        connection.createArrayOf(
            "timestamptz",
            group.stream().map(c -> java.sql.Timestamp.from(c.message().createdAt())).toArray());
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into interconnect_received (message_id, type, tenant_id, created_at,"
                + " received_at) select m.id, m.type, ?, m.created, ? from unnest(?::uuid[],"
                + " ?::varchar[], ?::timestamptz[]) as m(id, type, created)"
                + " on conflict do nothing returning message_id")) {
      insert.setString(1, tenant);
      insert.setTimestamp(2, java.sql.Timestamp.from(now));
      insert.setArray(3, ids);
      insert.setArray(4, types);
      insert.setArray(5, created);
      Set<UUID> fresh = new HashSet<>();
      try (ResultSet rows = insert.executeQuery()) {
        while (rows.next()) {
          fresh.add(rows.getObject(1, UUID.class));
        }
      }
      return fresh;
    }
  }

  private static void auditRefused(
      Connection connection,
      String province,
      List<PublicZone.Pulled.Item> items,
      Map<Long, String> refused,
      Instant now)
      throws SQLException {
    scope(connection, province);
    for (PublicZone.Pulled.Item item : items) {
      String reason = refused.get(item.seq());
      if (reason != null) {
        LOG.warning("submission " + item.seq() + " refused: " + reason);
        ChannelAudit.refused(
            connection, province, MessageCheck.claimedId(item.text()).orElse(null), reason, now);
      }
    }
  }

  /** Row-level security: the tenant of the rows written next. */
  static void scope(Connection connection, String tenant) throws SQLException {
    RowScope.tenant(connection, new TenantId(tenant));
  }

  /** One checked submission and its place in the public queue. */
  record Checked(long seq, Message message, Submission submission) {}

  /** What to tell the public zone, and how many took effect now. */
  public record Settlement(List<Long> acked, Map<Long, String> refused, int applied) {}
}
