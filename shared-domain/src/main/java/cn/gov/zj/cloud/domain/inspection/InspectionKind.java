package cn.gov.zj.cloud.domain.inspection;

/** Art. 17: a periodic (routine) inspection or one called for a particular concern (special). */
public enum InspectionKind {
  ROUTINE,
  SPECIAL;

  /** The bundle key of its name. */
  public String nameKey() {
    return "inspection.kind." + name();
  }
}
