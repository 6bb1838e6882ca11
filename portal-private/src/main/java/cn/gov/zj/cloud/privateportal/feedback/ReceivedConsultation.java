package cn.gov.zj.cloud.privateportal.feedback;

import cn.gov.zj.cloud.domain.feedback.ConsultationCategory;
import java.time.Instant;
import java.util.Optional;

/**
 * Art. 23: a consultation, complaint or suggestion received from the public zone, with the reply
 * once given; the contact only masked.
 */
public record ReceivedConsultation(
    String trackingNo,
    ConsultationCategory category,
    String subject,
    String content,
    Optional<String> contactMasked,
    Instant submittedAt,
    String status,
    Optional<String> reply,
    Optional<Instant> repliedAt,
    Optional<String> repliedBy) {

  public boolean answered() {
    return reply.isPresent();
  }
}
