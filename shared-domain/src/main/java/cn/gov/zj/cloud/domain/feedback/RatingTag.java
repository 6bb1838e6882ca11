package cn.gov.zj.cloud.domain.feedback;

/** Art. 23: the optional tags a rater may add to say what the grade is about. */
public enum RatingTag {
  RESPONSIVE,
  FRIENDLY,
  EFFICIENT,
  CLEAR_GUIDANCE,
  SLOW,
  COMPLICATED,
  UNRESOLVED,
  SYSTEM_FAULT;

  /** The bundle key of the tag's name, e.g. {@code feedback.tag.SLOW}. */
  public String nameKey() {
    return "feedback.tag." + name();
  }
}
