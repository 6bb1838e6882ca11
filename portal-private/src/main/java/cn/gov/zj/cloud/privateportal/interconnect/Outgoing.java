package cn.gov.zj.cloud.privateportal.interconnect;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Art. 24: the publications waiting for the public zone, oldest first, and what the public zone
 * made of them: delivered ones are done, refused ones are kept with the reason and not pushed
 * again; a failed push leaves them waiting.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Outgoing {

  @Resource(lookup = "java:app/jdbc/private")
  private DataSource dataSource;

  public List<Waiting> waiting(int limit) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "select seq, body from interconnect_outbox where delivered_at is null"
                    + " and refused_at is null order by seq limit ?")) {
      query.setInt(1, limit);
      List<Waiting> waiting = new ArrayList<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          waiting.add(new Waiting(rows.getLong(1), rows.getString(2)));
        }
      }
      return waiting;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the outbox", e);
    }
  }

  /** Records the outcome of each pushed publication; the count delivered. */
  public int settle(List<Waiting> pushed, List<PublicZone.Pushed> outcomes) {
    Instant now = Instant.now();
    int delivered = 0;
    try (Connection connection = dataSource.getConnection();
        PreparedStatement done =
            connection.prepareStatement(
                "update interconnect_outbox set delivered_at = ? where seq = ?");
        PreparedStatement refused =
            connection.prepareStatement(
                "update interconnect_outbox set refused_at = ?, refusal = ? where seq = ?")) {
      for (int i = 0; i < pushed.size(); i++) {
        PublicZone.Pushed outcome = outcomes.get(i);
        PreparedStatement update = outcome.delivered() ? done : refused;
        update.setTimestamp(1, Timestamp.from(now));
        if (outcome.delivered()) {
          update.setLong(2, pushed.get(i).seq());
          delivered++;
        } else {
          update.setString(2, String.valueOf(outcome.reason()));
          update.setLong(3, pushed.get(i).seq());
        }
        update.addBatch();
      }
      done.executeBatch();
      refused.executeBatch();
      try (PreparedStatement count =
          connection.prepareStatement(
              "update interconnect_channel set sent_total = sent_total + ? where id = 1")) {
        count.setInt(1, delivered);
        count.executeUpdate();
      }
      return delivered;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot settle the outbox", e);
    }
  }

  /**
   * Puts every publication the public zone refused back in the queue, after the operator fixed the
   * cause (a key, say); the public zone checks each again in full. The count put back.
   */
  public int requeueRefused() {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update =
            connection.prepareStatement(
                "update interconnect_outbox set refused_at = null, refusal = null"
                    + " where delivered_at is null and refused_at is not null")) {
      return update.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot requeue the refused publications", e);
    }
  }

  /** One waiting publication: its place in the queue and its signed text. */
  public record Waiting(long seq, String text) {}
}
