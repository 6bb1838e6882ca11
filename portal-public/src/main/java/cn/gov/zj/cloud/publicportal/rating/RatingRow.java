package cn.gov.zj.cloud.publicportal.rating;

import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.domain.feedback.Grade;
import cn.gov.zj.cloud.domain.feedback.RatingTag;
import cn.gov.zj.cloud.domain.feedback.ReceiptNumber;
import cn.gov.zj.cloud.domain.interconnect.MessageType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Art. 23: one rating as stored and as sent to the private zone (Art. 24): a citizen's of a
 * service, or a unit's of a provider event; {@code followUpOf} names the rating it follows up.
 */
record RatingRow(
    UUID id,
    String tenant,
    Long serviceId,
    UUID invitationId,
    Grade grade,
    Set<RatingTag> tags,
    Optional<String> comment,
    Integer responseScore,
    Integer qualityScore,
    Instant ratedAt,
    UUID followUpOf) {

  boolean citizen() {
    return serviceId != null;
  }

  /** Art. 23: the receipt's prefix: a citizen's, a unit's or a follow-up. */
  ReceiptNumber.Kind receiptKind() {
    if (followUpOf != null) {
      return ReceiptNumber.Kind.FOLLOW_UP;
    }
    return citizen() ? ReceiptNumber.Kind.CITIZEN : ReceiptNumber.Kind.UNIT;
  }

  /** The Beijing date of the rating, which its receipt number carries. */
  LocalDate day() {
    return OfficialCalendar.dateOf(ratedAt);
  }

  MessageType messageType() {
    return citizen() ? MessageType.CITIZEN_RATED : MessageType.PROVIDER_RATED;
  }

  String tagText() {
    return tags.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
  }

  /** The statement {@link #bind} fills. */
  static final String INSERT =
      "insert into rating (rating_id, tenant_id, kind, service_id, invitation_id, grade, tags,"
          + " comment, response_score, quality_score, rated_at, access_cipher, fingerprint,"
          + " follow_up_of, receipt_no) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  void insert(Connection connection, byte[] accessCipher, String fingerprint, ReceiptNumber receipt)
      throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      bind(insert, accessCipher, fingerprint, receipt);
      insert.executeUpdate();
    }
  }

  /** Sets the parameters of {@link #INSERT} to this rating. */
  void bind(
      PreparedStatement insert, byte[] accessCipher, String fingerprint, ReceiptNumber receipt)
      throws SQLException {
    insert.setObject(1, id);
    insert.setString(2, tenant);
    insert.setString(3, citizen() ? "CITIZEN" : "PROVIDER");
    insert.setObject(4, serviceId, Types.BIGINT);
    insert.setObject(5, invitationId, Types.OTHER);
    insert.setString(6, grade.name());
    insert.setString(7, tags.isEmpty() ? null : tagText());
    insert.setString(8, comment.orElse(null));
    insert.setObject(9, responseScore, Types.SMALLINT);
    insert.setObject(10, qualityScore, Types.SMALLINT);
    insert.setTimestamp(11, Timestamp.from(ratedAt));
    insert.setBytes(12, accessCipher);
    insert.setString(13, fingerprint);
    insert.setObject(14, followUpOf, Types.OTHER);
    insert.setString(15, receipt.value());
  }

  /** The message's fields, as {@link MessageType#CITIZEN_RATED} or {@code PROVIDER_RATED}. */
  Map<String, String> fields() {
    Map<String, String> fields = new HashMap<>();
    fields.put("ratingId", id.toString());
    fields.put("grade", grade.name());
    fields.put("ratedAt", ratedAt.toString());
    comment.ifPresent(text -> fields.put("comment", text));
    if (followUpOf != null) {
      fields.put("followUpOf", followUpOf.toString());
    }
    if (citizen()) {
      fields.put("serviceId", serviceId.toString());
      if (!tags.isEmpty()) {
        fields.put("tags", tagText());
      }
    } else {
      fields.put("invitationId", invitationId.toString());
      fields.put("responseScore", responseScore.toString());
      fields.put("qualityScore", qualityScore.toString());
    }
    return fields;
  }
}
