package cn.gov.zj.cloud.domain.feedback;

/** Art. 23: what a submission on the public portal is: 咨询, 投诉 or 建议. */
public enum ConsultationCategory {
  CONSULTATION,
  COMPLAINT,
  SUGGESTION;

  /** The bundle key of the category's name, e.g. {@code feedback.category.COMPLAINT}. */
  public String nameKey() {
    return "feedback.category." + name();
  }
}
