package cn.gov.zj.cloud.domain.application;

import java.util.Optional;

/**
 * Art. 6–12: where one application system's use of the cloud stands. A change (Art. 11) and a
 * termination (Art. 12) are states of an active application, so that one column says what waits for
 * whom; each state waits on at most one deadline {@link Step}.
 */
public enum ApplicationState {
  /** Art. 7: being prepared by the unit; nothing is due. */
  DRAFT(null),
  /** Art. 8: submitted, awaiting acceptance. */
  SUBMITTED(Step.ACCEPTANCE),
  /** Art. 8: not accepted, with an opinion; the unit corrects and resubmits. */
  RETURNED(null),
  /** Art. 8: accepted, awaiting the approval opinion. */
  ACCEPTED(Step.APPROVAL),
  /** Art. 8: denied at approval, with an opinion. Terminal. */
  DENIED(null),
  /** Art. 9: approved, awaiting the trial environment. */
  APPROVED(Step.TRIAL_PROVISION),
  /** Art. 9: the trial runs; the unit deploys and tests. */
  IN_TRIAL(null),
  /** Art. 9: the trial runs and the unit has asked the reviewer to extend it. */
  EXTENSION_REQUESTED(null),
  /** Art. 10: test results submitted, awaiting final review. */
  TESTS_SUBMITTED(null),
  /** Art. 10: in production. */
  ACTIVE(null),
  /** Art. 11: in production, a change awaiting approval. */
  CHANGE_REQUESTED(Step.CHANGE_APPROVAL),
  /** Art. 11: in production, an approved change awaiting execution by the provider. */
  CHANGE_APPROVED(Step.CHANGE_EXECUTION),
  /** Art. 12: in production, a termination awaiting review. */
  TERMINATION_REQUESTED(Step.TERMINATION_REVIEW),
  /** Art. 12: termination approved, resources awaiting reclamation. */
  TERMINATION_APPROVED(Step.RECLAMATION),
  /** Art. 12: resources reclaimed, services ended. Terminal. */
  TERMINATED(null);

  private final Step awaits;

  ApplicationState(Step awaits) {
    this.awaits = awaits;
  }

  /** Art. 8–12: the deadline step this state waits on, counted from the moment it was entered. */
  public Optional<Step> awaits() {
    return Optional.ofNullable(awaits);
  }

  /** Nothing can happen any more. */
  public boolean isTerminal() {
    return this == DENIED || this == TERMINATED;
  }

  /** Art. 9: the trial period runs (an extension request does not stop it). */
  public boolean isTrialRunning() {
    return this == IN_TRIAL || this == EXTENSION_REQUESTED;
  }

  /**
   * Art. 9–12: cloud resources are allocated to the system, from the trial environment until the
   * provider reclaims them (Art. 21 showback counts these).
   */
  public boolean holdsResources() {
    return compareTo(IN_TRIAL) >= 0 && compareTo(TERMINATION_APPROVED) <= 0;
  }

  /** The bundle key of the state's name, e.g. {@code application.state.DRAFT}. */
  public String nameKey() {
    return "application.state." + name();
  }
}
