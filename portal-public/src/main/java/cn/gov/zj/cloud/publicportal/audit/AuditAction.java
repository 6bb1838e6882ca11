package cn.gov.zj.cloud.publicportal.audit;

import java.util.Arrays;
import java.util.Optional;

/**
 * Art. 24: the public zone's audit actions, each with the code stored in {@code
 * audit_event.action}: the one list that every writer of {@link AuditLog} takes. A code never
 * changes once stored (the audit trail reads it); a new action gets a new constant.
 */
public enum AuditAction {
  /** Art. 23: a consultation, complaint or suggestion submitted. */
  CONSULTATION_SUBMIT("consultation.submit"),
  /** Art. 23: a submitter's contact opened for the private zone's staff, to call back. */
  CONSULTATION_CONTACT_REVEALED("consultation.contact-revealed"),
  /** Art. 24: a submission signed and queued for the private zone. */
  INTERCONNECT_QUEUED("interconnect.queued"),
  /** Art. 24: the private zone acknowledged a submission. */
  INTERCONNECT_ACKED("interconnect.acked"),
  /** Art. 24: the private zone refused a submission; it is kept with the reason. */
  INTERCONNECT_REFUSED_BY_PEER("interconnect.refused-by-peer"),
  /** Art. 24: a refused submission put back in the queue. */
  INTERCONNECT_REQUEUED("interconnect.requeued"),
  /** Art. 24: a publication of the private zone took effect. */
  INTERCONNECT_RECEIVED("interconnect.received"),
  /** Art. 24: a publication refused (with the reason); it changed nothing. */
  INTERCONNECT_REFUSED("interconnect.refused");

  private final String code;

  AuditAction(String code) {
    this.code = code;
  }

  /** The code stored in the log. */
  public String code() {
    return code;
  }

  /** The action stored as {@code code}; empty for a code this list does not hold. */
  public static Optional<AuditAction> ofCode(String code) {
    return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
  }
}
