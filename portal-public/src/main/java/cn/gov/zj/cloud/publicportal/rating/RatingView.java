package cn.gov.zj.cloud.publicportal.rating;

import cn.gov.zj.cloud.domain.feedback.BadReviewDeadline;
import cn.gov.zj.cloud.domain.feedback.Grade;
import cn.gov.zj.cloud.domain.feedback.RatingTag;
import cn.gov.zj.cloud.domain.feedback.ReceiptNumber;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Art. 23: what the rater reads with the rating's code: the receipt number, what was rated (the
 * service's name, or the provider event), the grade, tags and comment, the response to a
 * DISSATISFIED rating once the private zone published it with its call-back and report deadlines
 * and their state, and whether the one follow-up may be given now.
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
    Optional<Grade> followUpGrade,
    Optional<ReceiptNumber> number,
    Optional<String> rated,
    List<RatingTag> tags,
    Optional<String> comment,
    List<BadReviewDeadline> deadlines) {

  /** Art. 23: one follow-up, after the response to a DISSATISFIED rating. */
  public boolean followUpOpen() {
    return grade == Grade.DISSATISFIED && response.isPresent() && followUpGrade.isEmpty();
  }

  /** What the rater types to find the rating again: the number, or an older rating's id. */
  public String reference() {
    return number.map(ReceiptNumber::value).orElse(id.toString());
  }
}
