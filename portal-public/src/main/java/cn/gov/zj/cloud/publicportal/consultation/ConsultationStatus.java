package cn.gov.zj.cloud.publicportal.consultation;

import cn.gov.zj.cloud.domain.feedback.ConsultationCategory;
import java.time.Instant;
import java.util.Optional;

/** Art. 23: what the submitter reads with their tracking number and query code. */
public record ConsultationStatus(
    String trackingNumber,
    String tenant,
    ConsultationCategory category,
    String subject,
    String status,
    Instant submittedAt,
    Optional<String> reply,
    Optional<Instant> repliedAt,
    String contactMasked) {}
