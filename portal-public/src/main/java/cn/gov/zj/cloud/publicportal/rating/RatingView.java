package cn.gov.zj.cloud.publicportal.rating;

import cn.gov.zj.cloud.domain.feedback.Grade;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Art. 23: what the rater reads with the rating's code: the grade, the response to a DISSATISFIED
 * rating once the private zone published it, and whether the one follow-up may be given now.
 */
public record RatingView(
    UUID id,
    String tenant,
    boolean citizen,
    Long serviceId,
    Grade grade,
    Instant ratedAt,
    Optional<String> response,
    Optional<Instant> respondedAt,
    Optional<Grade> followUpGrade) {

  /** Art. 23: one follow-up, after the response to a DISSATISFIED rating. */
  public boolean followUpOpen() {
    return grade == Grade.DISSATISFIED && response.isPresent() && followUpGrade.isEmpty();
  }
}
