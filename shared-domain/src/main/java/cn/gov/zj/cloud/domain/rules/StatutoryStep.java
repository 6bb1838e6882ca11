package cn.gov.zj.cloud.domain.rules;

import cn.gov.zj.cloud.domain.calendar.WorkingDays;

/**
 * Art. 8–12: the steps that run against a statutory deadline in working days, each with its article
 * and its statutory limit. The provincial defaults start from these (Art. 25).
 */
public enum StatutoryStep {
  /** Art. 8: accept or not accept within 3 working days from submission. */
  ACCEPTANCE(8, 3),
  /** Art. 8: approval opinion within 2 working days from acceptance. */
  APPROVAL(8, 2),
  /** Art. 9: trial environment provided within 2 working days from approval. */
  TRIAL_PROVISION(9, 2),
  /** Art. 11: change approved within 5 working days from the request. */
  CHANGE_APPROVAL(11, 5),
  /** Art. 11: change executed within 3 working days from its approval. */
  CHANGE_EXECUTION(11, 3),
  /** Art. 12: termination reviewed within 5 working days from the request. */
  TERMINATION_REVIEW(12, 5),
  /** Art. 12: resources reclaimed within 3 working days from the review. */
  RECLAMATION(12, 3);

  private final int article;
  private final WorkingDays statutoryLimit;

  StatutoryStep(int article, int statutoryDays) {
    this.article = article;
    this.statutoryLimit = WorkingDays.of(statutoryDays);
  }

  public int article() {
    return article;
  }

  public WorkingDays statutoryLimit() {
    return statutoryLimit;
  }

  /**
   * The bundle key of the step's name, e.g. {@code application.step.ACCEPTANCE}: the same key as
   * the lifecycle's step of that name, so that a step has one name wherever it is shown.
   */
  public String nameKey() {
    return "application.step." + name();
  }

  /**
   * The field that holds this step's limit in a rules form or body, e.g. {@code limits.ACCEPTANCE}.
   */
  public String field() {
    return "limits." + name();
  }
}
