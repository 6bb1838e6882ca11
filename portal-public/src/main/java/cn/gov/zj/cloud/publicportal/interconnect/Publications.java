package cn.gov.zj.cloud.publicportal.interconnect;

import cn.gov.zj.cloud.domain.interconnect.Message;
import cn.gov.zj.cloud.publicportal.rating.RatingPublications;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Art. 23, 24: what each publication of the private zone changes in the public zone. Called once
 * per message id, in the transaction that remembers the id; the answer is a short note for the
 * audit record.
 */
@ApplicationScoped
public class Publications {

  String apply(Connection connection, Message message) throws SQLException {
    return switch (message.type()) {
      case SERVICE_PUBLISHED -> service(connection, message);
      case CONSULTATION_ANSWERED -> answer(connection, message);
      case RATING_INVITED -> RatingPublications.invited(connection, message);
      case RECTIFICATION_RESPONDED -> RatingPublications.responded(connection, message);
      default -> throw new IllegalStateException("not a publication: " + message.type());
    };
  }

  /** The directory entry of a public-facing system; an older publication never overwrites. */
  private static String service(Connection connection, Message message) throws SQLException {
    try (PreparedStatement upsert =
        connection.prepareStatement(
            "insert into public_service (tenant_id, service_id, name, unit_name, description,"
                + " listed, published_at) values (?, ?, ?, ?, ?, ?, ?)"
                + " on conflict (tenant_id, service_id) do update set name = excluded.name,"
                + " unit_name = excluded.unit_name, description = excluded.description,"
                + " listed = excluded.listed, published_at = excluded.published_at"
                + " where public_service.published_at <= excluded.published_at")) {
      upsert.setString(1, message.tenant());
      upsert.setLong(2, Long.parseLong(message.field("serviceId")));
      upsert.setString(3, message.field("name"));
      upsert.setString(4, message.field("unitName"));
      upsert.setString(5, message.field("description"));
      upsert.setBoolean(6, Boolean.parseBoolean(message.field("listed")));
      upsert.setTimestamp(7, Timestamp.from(message.createdAt()));
      return upsert.executeUpdate() == 1 ? "published" : "older than the entry";
    }
  }

  /** Art. 23: the reply that the submitter reads with the tracking number and the query code. */
  private static String answer(Connection connection, Message message) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "update consultation set status = 'ANSWERED', reply = ?, replied_at = ?"
                + " where tracking_no = ? and tenant_id = ?")) {
      update.setString(1, message.field("reply"));
      update.setTimestamp(2, Timestamp.from(Instant.parse(message.field("repliedAt"))));
      update.setString(3, message.field("trackingNo"));
      update.setString(4, message.tenant());
      return update.executeUpdate() == 1 ? "answered" : "no such consultation";
    }
  }
}
