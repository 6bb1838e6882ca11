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

  /** The call back or rectification of a DISSATISFIED rating, which its rater reads. */
  public static String responded(Connection connection, Message message) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "update rating set response = ?, responded_at = ? where rating_id = ?"
                + " and tenant_id = ? and (responded_at is null or responded_at <= ?)")) {
      Timestamp at = Timestamp.from(Instant.parse(message.field("respondedAt")));
      update.setString(1, message.field("response"));
      update.setTimestamp(2, at);
      update.setObject(3, UUID.fromString(message.field("ratingId")));
      update.setString(4, message.tenant());
      update.setTimestamp(5, at);
      return update.executeUpdate() == 1 ? "response shown" : "no such rating or older";
    }
  }
}
