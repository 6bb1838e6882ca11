package cn.gov.zj.cloud.domain.feedback;

import cn.gov.zj.cloud.domain.validation.Texts;
import cn.gov.zj.cloud.domain.validation.Violations;
import java.util.Objects;
import java.util.Optional;

/**
 * Art. 23: a using unit's rating of one service event of the cloud provider (trial environment
 * provided, change executed, resources reclaimed, fault resolved): the grade, scores of 1–5 for the
 * response and for the quality, and an optional comment.
 */
public record ProviderRating(
    Grade grade, int responseScore, int qualityScore, Optional<String> comment) {

  public static final int MIN_SCORE = 1;
  public static final int MAX_SCORE = 5;

  public ProviderRating {
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(comment, "comment");
    if (!validScore(responseScore) || !validScore(qualityScore)) {
      throw new IllegalArgumentException("scores are 1–5");
    }
  }

  /** The rating as the invitation's form gives it; null where absent. */
  public record Draft(String grade, Integer responseScore, Integer qualityScore, String comment) {}

  /** Art. 23: the valid rating, or null with every fault named. */
  public static ProviderRating from(Draft draft, Violations violations) {
    Grade grade = Texts.constant("grade", draft.grade(), Grade.class, violations);
    score("responseScore", draft.responseScore(), violations);
    score("qualityScore", draft.qualityScore(), violations);
    String comment =
        Texts.optional("comment", draft.comment(), CitizenRating.MAX_COMMENT, violations);
    if (!violations.isEmpty()) {
      return null;
    }
    return new ProviderRating(
        grade, draft.responseScore(), draft.qualityScore(), Optional.ofNullable(comment));
  }

  private static void score(String field, Integer value, Violations violations) {
    if (value == null) {
      violations.addOnce(field, "validation.required");
    } else if (!validScore(value)) {
      violations.addOnce(field, "validation.outOfRange", MIN_SCORE, MAX_SCORE);
    }
  }

  private static boolean validScore(int value) {
    return value >= MIN_SCORE && value <= MAX_SCORE;
  }
}
