package cn.gov.zj.cloud.domain.feedback;

import java.util.Arrays;
import java.util.List;

/**
 * Art. 23: the optional tags a rater may add to say what the grade is about: praise for a satisfied
 * grade, a problem for a dissatisfied one ({@link #offeredFor}).
 */
public enum RatingTag {
  RESPONSIVE(true),
  FRIENDLY(true),
  EFFICIENT(true),
  CLEAR_GUIDANCE(true),
  SLOW(false),
  COMPLICATED(false),
  UNRESOLVED(false),
  SYSTEM_FAULT(false);

  private final boolean praise;

  RatingTag(boolean praise) {
    this.praise = praise;
  }

  /** Art. 23: whether the tag praises (offered with a satisfied grade) or names a problem. */
  public boolean praise() {
    return praise;
  }

  /** Art. 23: whether a rating of {@code grade} may carry this tag. */
  public boolean fits(Grade grade) {
    return praise == grade.satisfied();
  }

  /** Art. 23: the tags offered with {@code grade}, in their order. */
  public static List<RatingTag> offeredFor(Grade grade) {
    return Arrays.stream(values()).filter(tag -> tag.fits(grade)).toList();
  }

  /** The bundle key of the tag's name, e.g. {@code feedback.tag.SLOW}. */
  public String nameKey() {
    return "feedback.tag." + name();
  }
}
