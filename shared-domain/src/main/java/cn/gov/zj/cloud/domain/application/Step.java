package cn.gov.zj.cloud.domain.application;

import cn.gov.zj.cloud.domain.calendar.WorkingDays;
import cn.gov.zj.cloud.domain.security.Role;

/**
 * Art. 8–12: the steps that run against a statutory deadline in working days, counted from the
 * event that enters the state waiting on them. The names match the rules package's steps one to
 * one, so that a tenant's local rules (Art. 25) map by {@code name()}.
 */
public enum Step {
  /** Art. 8: accept or not accept within 3 working days from submission. */
  ACCEPTANCE(8, 3, Role.REVIEWER),
  /** Art. 8: approval opinion within 2 working days from acceptance. */
  APPROVAL(8, 2, Role.REVIEWER),
  /** Art. 9: trial environment within 2 working days from approval. */
  TRIAL_PROVISION(9, 2, Role.PROVIDER_OPERATOR),
  /** Art. 11: change approved within 5 working days from the request. */
  CHANGE_APPROVAL(11, 5, Role.REVIEWER),
  /** Art. 11: change executed within 3 working days from its approval. */
  CHANGE_EXECUTION(11, 3, Role.PROVIDER_OPERATOR),
  /** Art. 12: termination reviewed within 5 working days from the request. */
  TERMINATION_REVIEW(12, 5, Role.REVIEWER),
  /** Art. 12: resources reclaimed within 3 working days from the review. */
  RECLAMATION(12, 3, Role.PROVIDER_OPERATOR);

  private final int article;
  private final WorkingDays statutoryLimit;
  private final Role owner;

  Step(int article, int statutoryDays, Role owner) {
    this.article = article;
    this.statutoryLimit = WorkingDays.of(statutoryDays);
    this.owner = owner;
  }

  public int article() {
    return article;
  }

  /**
   * The limit the regulation sets; a tenant may shorten it (Art. 25), see {@link StepDeadlines}.
   */
  public WorkingDays statutoryLimit() {
    return statutoryLimit;
  }

  /** Whose inbox the step waits in. */
  public Role owner() {
    return owner;
  }

  /** The bundle key of the step's name, e.g. {@code application.step.ACCEPTANCE}. */
  public String nameKey() {
    return "application.step." + name();
  }
}
