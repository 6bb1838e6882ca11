package cn.gov.zj.cloud.domain.feedback;

/**
 * Art. 23: the four grades of a satisfaction rating: 非常满意, 满意, 基本满意, 不满意. The first three count as
 * satisfied in the satisfaction rate.
 */
public enum Grade {
  VERY_SATISFIED(true),
  SATISFIED(true),
  BASICALLY_SATISFIED(true),
  /** Opens a rectification item in the private zone (Zhejiang's practice for bad reviews). */
  DISSATISFIED(false);

  private final boolean satisfied;

  Grade(boolean satisfied) {
    this.satisfied = satisfied;
  }

  /** Art. 23: whether the grade counts towards the satisfaction rate. */
  public boolean satisfied() {
    return satisfied;
  }

  /** The bundle key of the grade's name, e.g. {@code feedback.grade.SATISFIED}. */
  public String nameKey() {
    return "feedback.grade." + name();
  }
}
