package cn.gov.zj.cloud.domain.inspection;

/**
 * Art. 17: a finding is OPEN (the unit rectifies, its clock runs), SUBMITTED (the rectification
 * with its evidence waits for the inspector) or VERIFIED (closed).
 */
public enum FindingState {
  OPEN,
  SUBMITTED,
  VERIFIED;

  /** The bundle key of its name. */
  public String nameKey() {
    return "inspection.state." + name();
  }
}
