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
  /** Art. 15: a unit's monthly utilization report is ready, with its link. */
  USAGE_REPORT,
  /** Art. 15: a unit's monthly report lacks monitoring data (to the competent department). */
  USAGE_DATA_MISSING,
  /** Art. 15: the tenant's monthly utilization summary is ready, with its link. */
  USAGE_SUMMARY;

  /** Art. 15, 23: the notice's last argument is a link to open (shown beside the message). */
  public boolean carriesLink() {
    return this == RATING_INVITATION || this == USAGE_REPORT || this == USAGE_SUMMARY;
  }
}
