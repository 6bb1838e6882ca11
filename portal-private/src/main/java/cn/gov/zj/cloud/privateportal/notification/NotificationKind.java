package cn.gov.zj.cloud.privateportal.notification;

import java.util.Map;

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
  ACCESS_REQUESTED,
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
  DRILL_MISSING,
  /** Art. 14: a training session the unit registered for moved to another time, place or link. */
  TRAINING_CHANGED,
  /** Art. 5: a city filed its platform's plan (again): the province is to review it. */
  FILING_SUBMITTED,
  /** Art. 5: the province accepted or returned the city's platform filing. */
  FILING_DECIDED;

  /** The page of each family of notices that name no application (Art. 13–15, 17, 19, 20). */
  private static final Map<String, String> PAGES =
      Map.of(
          "ACCESS_", "access",
          "FAULT_", "faults",
          "SERVICE_", "service-requests",
          "TRAINING_", "trainings",
          "USAGE_", "reports",
          "INSPECTION_", "inspections",
          "BULLETIN_", "bulletins",
          "DRILL_", "compliance",
          "FILING_", "filings");

  /** Art. 15, 23: the notice's last argument is a link to open (shown beside the message). */
  public boolean carriesLink() {
    return this == RATING_INVITATION || this == USAGE_REPORT || this == USAGE_SUMMARY;
  }

  /**
   * The page a notice that names no application opens: the list of what it is about, or the
   * notifications themselves.
   */
  public String page() {
    return PAGES.entrySet().stream()
        .filter(family -> name().startsWith(family.getKey()))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse("notifications");
  }
}
