package cn.gov.zj.cloud.privateportal.audit;

import cn.gov.zj.cloud.domain.application.Action;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The private zone's audit actions, each with the code stored in {@code audit_event.action}: the
 * one list that the JPA path and the batched JDBC writers of {@link AuditLog} both take. A code
 * never changes once stored (the audit trail and the timeline read it); a new action gets a new
 * constant.
 */
public enum AuditAction {
  /** Art. 3, 4: a using unit registered. */
  UNIT_CREATE("unit.create"),
  /** Art. 3, 4: a using unit changed. */
  UNIT_UPDATE("unit.update"),
  /** Art. 3, 18: an application system registered. */
  SYSTEM_REGISTER("system.register"),
  /** Art. 3, 18: an application system changed. */
  SYSTEM_UPDATE("system.update"),
  /** Art. 3: a using unit retired, with the reason. */
  UNIT_RETIRE("unit.retire"),
  /** Art. 3: an application system retired, with the reason. */
  SYSTEM_RETIRE("system.retire"),
  /** Art. 3, 10–12: a system's cloud status or MLPS level followed an action of its application. */
  SYSTEM_LIFECYCLE("system.lifecycle"),
  /** Art. 3: a file of units or systems imported (each record also audited as created). */
  REGISTRY_IMPORT("registry.import"),
  /** Art. 25: a staff account opened in the tenant's realm. */
  STAFF_OPEN("staff.open"),
  /** Art. 25: a staff account's names, email or unit changed. */
  STAFF_UPDATE("staff.update"),
  /** Art. 25: a staff account's roles changed. */
  STAFF_ROLES("staff.roles"),
  /** Art. 25: a staff account disabled; its sessions ended. */
  STAFF_DISABLE("staff.disable"),
  /** Art. 25: a disabled staff account enabled again. */
  STAFF_ENABLE("staff.enable"),
  /** Art. 25: a staff account's password reset to a temporary one. */
  STAFF_PASSWORD_RESET("staff.password.reset"),
  /** Art. 25: a staff account removed from the tenant's realm. */
  STAFF_REMOVE("staff.remove"),
  /** Art. 8–12: a State Council notice of the working-day calendar loaded. */
  CALENDAR_NOTICE_LOAD("calendar.notice.load"),
  /** Art. 25: the tenant's local deadline rules changed. */
  RULES_LOCAL_CHANGE("rules.local.change"),
  /** Art. 25: the provincial deadline defaults changed. */
  RULES_PROVINCIAL_CHANGE("rules.provincial.change"),
  /** Art. 6: an application drafted. */
  APPLICATION_CREATE("application.create"),
  /** Art. 7: a draft's system or resource lines revised before submission. */
  APPLICATION_REVISE("application.revise"),
  /** Art. 7, 9, 11, 12: a material or report attached to an application. */
  APPLICATION_ATTACHMENT_UPLOAD("application.attachment.upload"),
  /** Art. 7: an attachment read. */
  APPLICATION_ATTACHMENT_DOWNLOAD("application.attachment.download"),
  APPLICATION_SUBMIT(Action.SUBMIT),
  APPLICATION_ACCEPT(Action.ACCEPT),
  APPLICATION_REJECT(Action.REJECT),
  APPLICATION_APPROVE(Action.APPROVE),
  APPLICATION_DENY(Action.DENY),
  APPLICATION_PROVIDE_TRIAL(Action.PROVIDE_TRIAL),
  APPLICATION_REQUEST_EXTENSION(Action.REQUEST_EXTENSION),
  APPLICATION_GRANT_EXTENSION(Action.GRANT_EXTENSION),
  APPLICATION_REFUSE_EXTENSION(Action.REFUSE_EXTENSION),
  APPLICATION_SUBMIT_TEST_RESULTS(Action.SUBMIT_TEST_RESULTS),
  APPLICATION_FINAL_APPROVE(Action.FINAL_APPROVE),
  APPLICATION_FINAL_RETURN(Action.FINAL_RETURN),
  APPLICATION_REQUEST_CHANGE(Action.REQUEST_CHANGE),
  APPLICATION_APPROVE_CHANGE(Action.APPROVE_CHANGE),
  APPLICATION_REFUSE_CHANGE(Action.REFUSE_CHANGE),
  APPLICATION_EXECUTE_CHANGE(Action.EXECUTE_CHANGE),
  APPLICATION_REQUEST_TERMINATION(Action.REQUEST_TERMINATION),
  APPLICATION_APPROVE_TERMINATION(Action.APPROVE_TERMINATION),
  APPLICATION_REFUSE_TERMINATION(Action.REFUSE_TERMINATION),
  APPLICATION_RECLAIM(Action.RECLAIM),
  /** Art. 23: a consultation answered. */
  CONSULTATION_ANSWER("consultation.answer"),
  /** Art. 23: a submitter's contact shown to the staff member who calls back. */
  CONSULTATION_CONTACT_REVEAL("consultation.contact-reveal"),
  /** Art. 23: the rater of a DISSATISFIED rating called back. */
  RECTIFICATION_CALLBACK("rectification.callback"),
  /** Art. 23: the rectification of a DISSATISFIED rating reported. */
  RECTIFICATION_REPORT("rectification.report"),
  /** Art. 24: a publication queued for the public zone. */
  INTERCONNECT_QUEUED("interconnect.queued"),
  /** Art. 24: a submission of the public zone took effect. */
  INTERCONNECT_RECEIVED("interconnect.received"),
  /** Art. 24: a submission delivered again; it had taken effect before. */
  INTERCONNECT_REPEATED("interconnect.repeated"),
  /** Art. 24: a submission refused (with the reason); it changed nothing. */
  INTERCONNECT_REFUSED("interconnect.refused"),
  /** Art. 24: the province administrator started an exchange by hand. */
  INTERCONNECT_EXCHANGE("interconnect.exchange"),
  /** Art. 24: the refused messages of both zones put back in their queues. */
  INTERCONNECT_REQUEUE("interconnect.requeue"),
  /** Art. 13: a fault reported by a unit. */
  FAULT_REPORT("fault.report"),
  /** Art. 13: the provider's response to a fault. */
  FAULT_ACKNOWLEDGE("fault.acknowledge"),
  /** Art. 13: a fault resolved by the provider. */
  FAULT_RESOLVE("fault.resolve"),
  /** Art. 13: a fault's resolution confirmed by the unit. */
  FAULT_CONFIRM("fault.confirm"),
  /** Art. 13: a fault reopened by the unit. */
  FAULT_REOPEN("fault.reopen"),
  /** Art. 13: a fault escalated by the reviewer. */
  FAULT_ESCALATE("fault.escalate"),
  /** Art. 13, 25: the tenant's fault targets changed. */
  FAULT_TARGETS_CHANGE("fault.targets.change"),
  /** Art. 13: a file attached to a fault. */
  FAULT_ATTACHMENT_UPLOAD("fault.attachment.upload"),
  /** Art. 13: a fault's file read. */
  FAULT_ATTACHMENT_DOWNLOAD("fault.attachment.download"),
  /** Art. 14: a unit asked the provider for consulting or migration help. */
  SERVICE_REQUEST_OPEN("service.request.open"),
  /** Art. 14: the provider answered a service request. */
  SERVICE_REQUEST_ANSWER("service.request.answer"),
  /** Art. 14: the unit closed a service request with its closing note. */
  SERVICE_REQUEST_CLOSE("service.request.close"),
  /** Art. 14: the provider scheduled a training session. */
  TRAINING_SCHEDULE("training.schedule"),
  /** Art. 14: the provider edited a training session. */
  TRAINING_EDIT("training.edit"),
  /** Art. 14: the provider cancelled a training session. */
  TRAINING_CANCEL("training.cancel"),
  /** Art. 14: a unit's staff member registered for a session. */
  TRAINING_REGISTER("training.register"),
  /** Art. 14: a unit's staff member withdrew from a session. */
  TRAINING_UNREGISTER("training.unregister"),
  /** Art. 14: the provider recorded a session's attendance. */
  TRAINING_ATTENDANCE("training.attendance"),
  /** Art. 15: a batch of the provider's daily usage samples was stored. */
  USAGE_INGEST("usage.ingest"),
  /** Art. 15: the monthly reports of a tenant were produced and delivered. */
  USAGE_REPORTS_DELIVERED("usage.reports.delivered"),
  /** Art. 15, Art. 25: the tenant set its own advice thresholds. */
  USAGE_RULES_CHANGE("usage.rules.change"),
  /** Art. 20: the provider asked for access to a system's resources. */
  ACCESS_GRANT_REQUEST("access.grant.request"),
  /** Art. 20: the unit granted access without being asked. */
  ACCESS_GRANT_GIVEN("access.grant.given"),
  /** Art. 20: the unit approved a request for access. */
  ACCESS_GRANT_APPROVE("access.grant.approve"),
  /** Art. 20: the unit refused a request for access. */
  ACCESS_GRANT_REFUSE("access.grant.refuse"),
  /** Art. 20: the unit revoked its grant before the window ended. */
  ACCESS_GRANT_REVOKE("access.grant.revoke"),
  /** Art. 20: an access session began under a grant. */
  ACCESS_SESSION_START("access.session.start"),
  /** Art. 20: an emergency access session began without a grant. */
  ACCESS_SESSION_EMERGENCY("access.session.emergency"),
  /** Art. 20: an access session ended with its summary. */
  ACCESS_SESSION_END("access.session.end"),
  /** Art. 20: an emergency access reviewed afterwards. */
  ACCESS_SESSION_REVIEW("access.session.review"),
  /** Art. 18: the audit log read on the viewer's page or over REST (the filter in the record). */
  AUDIT_VIEW("audit.view"),
  /** Art. 18: the audit log exported as XLSX (the filter in the record). */
  AUDIT_EXPORT("audit.export"),
  /** Art. 18, 20: a tenant's audit hash chain verified (the verdict in the record). */
  AUDIT_VERIFY("audit.verify"),
  /** Art. 17: a security inspection planned. */
  INSPECTION_PLAN("inspection.plan"),
  /** Art. 17: a finding of an inspection recorded, with its rectification due date. */
  INSPECTION_FINDING_RECORD("inspection.finding.record"),
  /** Art. 17: a finding's rectification submitted, verified or reopened. */
  INSPECTION_FINDING_ACTION("inspection.finding.action"),
  /** Art. 19: a monthly security bulletin published. */
  BULLETIN_PUBLISH("bulletin.publish"),
  /** Art. 19: an emergency drill recorded. */
  DRILL_RECORD("drill.record"),
  /** Art. 14, Art. 25: the tenant set its own service targets (response, sessions a quarter). */
  SERVICE_TARGETS_CHANGE("service.targets.change"),
  /** Art. 14: the provider added a file to a training session's materials. */
  TRAINING_MATERIAL_UPLOAD("training.material.upload"),
  /** Art. 14: a training session's material downloaded. */
  TRAINING_MATERIAL_DOWNLOAD("training.material.download"),
  /** Art. 16: a unit accepted the terms of lawful use (its version). */
  TERMS_ACCEPT("terms.accept"),
  /** Art. 18: a system's security officer (name or account) changed, old and new. */
  SYSTEM_OFFICER_CHANGE("system.officer.change"),
  /** Art. 18: a system's MLPS level changed, old and new. */
  SYSTEM_LEVEL_CHANGE("system.level.change"),
  /** Art. 18: a system's third-party (CNAS) assessment recorded or replaced. */
  SYSTEM_ASSESSMENT_RECORD("system.assessment.record"),
  /** Art. 17, 19: a file uploaded to a finding (evidence), a bulletin or a drill (its report). */
  SECURITY_FILE_UPLOAD("security.file.upload"),
  /** Art. 17, 19: a security item's file downloaded. */
  SECURITY_FILE_DOWNLOAD("security.file.download"),
  /** Art. 25: a tenant's security limits changed (rectification deadlines, grant window). */
  SECURITY_RULES_CHANGE("security.rules.change"),
  /** Art. 20: an access session refused for want of a covering grant (kept though refused). */
  ACCESS_SESSION_REFUSED("access.session.refused"),
  /** Art. 20: a unit shared one of its materials with the provider, or stopped sharing it. */
  MATERIAL_SHARE("material.share"),
  /** Art. 4, 5: a tenant's competent department or platform changed by its administrator. */
  PROFILE_CHANGE("profile.change"),
  /** Art. 5: a city filed its platform's construction plan with the province. */
  FILING_SUBMIT("filing.submit"),
  /** Art. 5: a filing accepted or returned by the province, or filed again by the city. */
  FILING_ACTION("filing.action"),
  /** Art. 5: a filing's plan document downloaded. */
  FILING_PLAN_DOWNLOAD("filing.plan.download"),
  /**
   * Art. 22, 25: a tenant's weights of the unit assessment's score changed by its administrator.
   */
  ASSESSMENT_WEIGHTS_CHANGE("assessment.weights.change"),
  /** Art. 21: the province administrator set provincial prices of the showback catalogue. */
  PRICES_PROVINCIAL_CHANGE("prices.provincial.change"),
  /** Art. 21, Art. 25: a tenant administrator lowered prices for the tenant. */
  PRICES_LOCAL_CHANGE("prices.local.change");

  private static final Map<String, AuditAction> BY_CODE =
      Arrays.stream(values()).collect(Collectors.toMap(AuditAction::code, Function.identity()));

  private final String code;

  AuditAction(String code) {
    this.code = code;
  }

  /** Art. 6–12: the record of a lifecycle action, coded {@code application.<rest name>}. */
  AuditAction(Action lifecycle) {
    this("application." + lifecycle.restName());
  }

  /** The code stored in the log. */
  public String code() {
    return code;
  }

  /** Art. 6–12: the action that records {@code lifecycle}. */
  public static AuditAction of(Action lifecycle) {
    return BY_CODE.get("application." + lifecycle.restName());
  }

  /** The action stored as {@code code}; empty for a code this list does not hold. */
  public static Optional<AuditAction> ofCode(String code) {
    return Optional.ofNullable(BY_CODE.get(code));
  }
}
