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
  /** Art. 13: a unit reported a fault; the provider is to respond. */
  FAULT_REPORTED,
  /** Art. 13: an action on a fault; the other side's turn. */
  FAULT_ACTION,
  /** Art. 13: a fault's response or resolution passed its due time unmet. */
  FAULT_OVERDUE,
  /** Art. 13: an overdue or escalated fault: the reviewer and tenant administrator are asked. */
  FAULT_ESCALATION,
  /** Art. 14: a service request was made, answered or closed. */
  SERVICE_REQUEST,
  /** Art. 14: a service request's response is past due. */
  SERVICE_OVERDUE,
  /** Art. 14: a service request's response is past due: the department is asked to see to it. */
  SERVICE_ESCALATION,
  /** Art. 14: a training session the unit registered for is near (1 working day before). */
  TRAINING_REMINDER_SESSION,
  /** Art. 14: a training session the unit registered for was cancelled. */
  TRAINING_CANCELLED,
  /** Art. 14: a quarter ended with fewer training sessions than the target. */
  TRAINING_QUARTER_MISSED,
  /** Art. 15: a unit's monthly utilization report is ready, with its link. */
  USAGE_REPORT,
  /** Art. 15: a unit's monthly report lacks monitoring data (to the competent department). */
  USAGE_DATA_MISSING,
  /** Art. 15: the tenant's monthly utilization summary is ready, with its link. */
  USAGE_SUMMARY,
  /** Art. 20: an emergency access to a unit's resources without a grant, to be reviewed. */
  ACCESS_EMERGENCY,
  /** Art. 20: the provider asks the unit for access to a system's resources. */
  ACCESS_REQUESTED;

  /** Art. 15, 23: the notice's last argument is a link to open (shown beside the message). */
  public boolean carriesLink() {
    return this == RATING_INVITATION || this == USAGE_REPORT || this == USAGE_SUMMARY;
  }

  /**
   * The page a notice that names no application opens (Art. 13–15, 20): the list of what it is
   * about, or the notifications themselves.
   */
  public String page() {
    String name = name();
    if (name.startsWith("ACCESS_")) {
      return "access";
    } else if (name.startsWith("FAULT_")) {
      return "faults";
    } else if (name.startsWith("SERVICE_")) {
      return "service-requests";
    } else if (name.startsWith("TRAINING_")) {
      return "trainings";
    } else if (name.startsWith("USAGE_")) {
      return "reports";
    }
    return "notifications";
  }
}
