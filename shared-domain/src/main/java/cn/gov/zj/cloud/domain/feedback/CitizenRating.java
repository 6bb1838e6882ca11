package cn.gov.zj.cloud.domain.feedback;

import cn.gov.zj.cloud.domain.validation.Texts;
import cn.gov.zj.cloud.domain.validation.Violations;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Art. 23: a citizen's rating of one public service, given without an account: a grade, optional
 * tags that fit the grade ({@link RatingTag#fits}) and an optional comment of at most {@value
 * #MAX_COMMENT} characters.
 */
public record CitizenRating(
    long serviceId, Grade grade, Set<RatingTag> tags, Optional<String> comment) {

  public static final int MAX_COMMENT = 500;
  public static final int MAX_TAGS = RatingTag.values().length;

  public CitizenRating {
    Objects.requireNonNull(grade, "grade");
    tags = Set.copyOf(tags);
    Objects.requireNonNull(comment, "comment");
    if (!tags.stream().allMatch(tag -> tag.fits(grade))) {
      throw new IllegalArgumentException("a tag does not fit the grade " + grade);
    }
  }

  /** The rating as a form or a JSON body gives it; null where absent. */
  public record Draft(Long serviceId, String grade, List<String> tags, String comment) {}

  /** Art. 23: the valid rating, or null with every fault named. */
  public static CitizenRating from(Draft draft, Violations violations) {
    if (draft.serviceId() == null || draft.serviceId() < 1) {
      violations.addOnce("serviceId", "validation.required");
    }
    Grade grade = Texts.constant("grade", draft.grade(), Grade.class, violations);
    Set<RatingTag> tags = tags(draft.tags(), violations);
    fitting(grade, draft.tags(), violations);
    String comment = Texts.optional("comment", draft.comment(), MAX_COMMENT, violations);
    if (!violations.isEmpty()) {
      return null;
    }
    return new CitizenRating(draft.serviceId(), grade, tags, Optional.ofNullable(comment));
  }

  /** Art. 23: a praise with a dissatisfied grade, or a problem with a satisfied one, is named. */
  private static void fitting(Grade grade, List<String> names, Violations violations) {
    if (grade == null || names == null) {
      return;
    }
    for (int i = 0; i < names.size(); i++) {
      for (RatingTag tag : RatingTag.values()) {
        if (tag.name().equals(names.get(i)) && !tag.fits(grade)) {
          violations.addOnce(
              "tags[" + i + "]",
              grade.satisfied()
                  ? "feedback.tag.problemNotSatisfied"
                  : "feedback.tag.praiseNotDissatisfied");
        }
      }
    }
  }

  static Set<RatingTag> tags(List<String> names, Violations violations) {
    Set<RatingTag> tags = EnumSet.noneOf(RatingTag.class);
    if (names == null) {
      return tags;
    }
    for (int i = 0; i < names.size(); i++) {
      RatingTag tag = Texts.constant("tags[" + i + "]", names.get(i), RatingTag.class, violations);
      if (tag != null) {
        tags.add(tag);
      }
    }
    return tags;
  }
}
