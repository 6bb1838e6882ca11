package cn.gov.zj.cloud.publicportal.rating;

import cn.gov.zj.cloud.domain.interconnect.Message;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/** Art. 23: the private zone's publications about ratings, applied once per message. */
public final class RatingPublications {

  private RatingPublications() {}

  /** A provider service event the unit may rate once, through its one-time link. */
  public static String invited(Connection connection, Message message) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into rating_invitation (invitation_id, tenant_id, event, application_id,"
                + " unit_code, token_hash, occurred_at, received_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing")) {
      insert.setObject(1, UUID.fromString(message.field("invitationId")));
      insert.setString(2, message.tenant());
      insert.setString(3, message.field("event"));
      insert.setLong(4, Long.parseLong(message.field("applicationId")));
      insert.setString(5, message.field("unitCode"));
      insert.setString(6, message.field("tokenHash"));
      insert.setTimestamp(7, Timestamp.from(Instant.parse(message.field("occurredAt"))));
      insert.setTimestamp(8, Timestamp.from(Instant.now()));
      return insert.executeUpdate() == 1 ? "invitation open" : "invitation known";
    }
  }

  /**
   * The call back or rectification report of a DISSATISFIED rating, which its rater reads: the
   * latest response is shown, and the first time each stage ({@code CALLBACK}, {@code REPORT}; a
   * message without one is the call back) was done is kept for its deadline's state.
   */
  public static String responded(Connection connection, Message message) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "update rating set"
                + " response = case when responded_at is null or responded_at <= ?"
                + " then ? else response end,"
                + " responded_at = greatest(responded_at, ?),"
                + " called_back_at = case when ? then least(called_back_at, ?)"
                + " else called_back_at end,"
                + " reported_at = case when ? then least(reported_at, ?) else reported_at end"
                + " where rating_id = ? and tenant_id = ?")) {
      Timestamp at = Timestamp.from(Instant.parse(message.field("respondedAt")));
      boolean report = "REPORT".equals(message.field("stage"));
      update.setTimestamp(1, at);
      update.setString(2, message.field("response"));
      update.setTimestamp(3, at);
      update.setBoolean(4, !report);
      update.setTimestamp(5, at);
      update.setBoolean(6, report);
      update.setTimestamp(7, at);
      update.setObject(8, UUID.fromString(message.field("ratingId")));
      update.setString(9, message.tenant());
      return update.executeUpdate() == 1 ? "response shown" : "no such rating";
    }
  }
}
