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
  /** Art. 20: an emergency access to a unit's resources without a grant, to be reviewed. */
  ACCESS_EMERGENCY,
  /** Art. 20: the provider asks the unit for access to a system's resources. */
  ACCESS_REQUESTED
}
