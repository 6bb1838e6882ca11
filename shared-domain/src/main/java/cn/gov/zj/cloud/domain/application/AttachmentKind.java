package cn.gov.zj.cloud.domain.application;

/** Art. 7, 9, 11, 12: what an uploaded file is, as the REST {@code kind} part names it. */
public enum AttachmentKind {
  /** Art. 7: the application system's construction plan. */
  CONSTRUCTION_PLAN,
  /** Art. 7: the unit's own performance and security self-test report. */
  SELF_TEST_REPORT,
  /** Art. 7: other application materials. */
  OTHER,
  /** Art. 9: functional test report from the trial. */
  FUNCTIONAL_TEST_REPORT,
  /** Art. 9, Art. 11: performance test report. */
  PERFORMANCE_TEST_REPORT,
  /** Art. 9, Art. 11: security test report. */
  SECURITY_TEST_REPORT,
  /** Art. 9: report of a CNAS-accredited third-party body, required at MLPS level 3 or above. */
  THIRD_PARTY_TEST_REPORT,
  /** Art. 12: the unit's confirmation that its data is migrated and backed up. */
  BACKUP_CONFIRMATION;

  /** The bundle key of the kind's label, e.g. {@code application.attachmentKind.OTHER}. */
  public String nameKey() {
    return "application.attachmentKind." + name();
  }

  /** The field a missing attachment is reported on, e.g. {@code attachments.CONSTRUCTION_PLAN}. */
  public String field() {
    return "attachments." + name();
  }
}
