package cn.gov.zj.cloud.privateportal.interconnect;

import cn.gov.zj.cloud.domain.feedback.ConsultationCategory;
import cn.gov.zj.cloud.domain.feedback.Grade;
import cn.gov.zj.cloud.domain.interconnect.Message;
import cn.gov.zj.cloud.domain.interconnect.MessageType;
import java.time.Instant;
import java.util.UUID;

/**
 * Art. 23, 24: a checked submission of the public zone with its fields typed; a field that does not
 * parse makes the message refused (IllegalArgumentException or DateTimeException).
 */
sealed interface Submission {

  static Submission of(Message message) {
    return switch (message.type()) {
      case CONSULTATION_SUBMITTED -> Consultation.of(message);
      case CITIZEN_RATED, PROVIDER_RATED -> Rating.of(message);
      default -> throw new IllegalArgumentException("not a submission: " + message.type());
    };
  }

  /** Art. 23: a consultation, complaint or suggestion. */
  record Consultation(
      String trackingNo,
      ConsultationCategory category,
      String subject,
      String content,
      String contactMasked,
      Instant submittedAt)
      implements Submission {

    static Consultation of(Message m) {
      return new Consultation(
          m.field("trackingNo"),
          ConsultationCategory.valueOf(m.field("category")),
          m.field("subject"),
          m.field("content"),
          m.field("contactMasked"),
          Instant.parse(m.field("submittedAt")));
    }
  }

  /** Art. 23: a citizen's rating of a service or a unit's of a provider event. */
  record Rating(
      UUID id,
      boolean citizen,
      Long serviceId,
      UUID invitationId,
      Grade grade,
      String tags,
      String comment,
      Integer responseScore,
      Integer qualityScore,
      Instant ratedAt,
      UUID followUpOf)
      implements Submission {

    static Rating of(Message m) {
      boolean citizen = m.type() == MessageType.CITIZEN_RATED;
      return new Rating(
          UUID.fromString(m.field("ratingId")),
          citizen,
          citizen ? Long.valueOf(m.field("serviceId")) : null,
          citizen ? null : UUID.fromString(m.field("invitationId")),
          Grade.valueOf(m.field("grade")),
          m.field("tags"),
          m.field("comment"),
          citizen ? null : score(m.field("responseScore")),
          citizen ? null : score(m.field("qualityScore")),
          Instant.parse(m.field("ratedAt")),
          m.field("followUpOf") == null ? null : UUID.fromString(m.field("followUpOf")));
    }

    private static Integer score(String text) {
      int score = Integer.parseInt(text);
      if (score < 1 || score > 5) {
        throw new IllegalArgumentException("score " + score);
      }
      return score;
    }
  }
}
