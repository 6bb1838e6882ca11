package cn.gov.zj.cloud.privateportal.notification;

/** Art. 8–12: why a notification was sent. */
public enum NotificationKind {
  /** An action was taken; the recipient's turn, or news of a decision on the unit's application. */
  ACTION,
  /** A step passed its due date (Art. 8–12). */
  OVERDUE,
  /** A step passed its due date: the tenant's administrator is asked to see that it is done. */
  ESCALATION,
  /** The trial ends in 5 or in 1 working day(s) (Art. 9). */
  TRIAL_REMINDER,
  /** Art. 23: a provider service event the unit is invited to rate, with its one-time link. */
  RATING_INVITATION,
  /** Art. 17: an inspection found a problem in one of the unit's systems, to rectify by its due. */
  INSPECTION_FINDING,
  /** Art. 17: a finding's rectification submitted, verified or reopened; the other side's turn. */
  INSPECTION_ACTION,
  /** Art. 17: a finding passed its rectification due date unsubmitted. */
  INSPECTION_OVERDUE,
  /** Art. 17: an overdue finding: the department and the security authority are asked to act. */
  INSPECTION_ESCALATION,
  /** Art. 19: the provider's monthly security bulletin, to the units' staff. */
  BULLETIN_PUBLISHED,
  /** Art. 19: a month's security bulletin was not published by its due date. */
  BULLETIN_MISSING,
  /** Art. 19: the year's emergency drill was not held by 1 December. */
  DRILL_MISSING
}
