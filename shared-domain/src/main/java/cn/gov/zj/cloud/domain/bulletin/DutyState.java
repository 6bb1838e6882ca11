package cn.gov.zj.cloud.domain.bulletin;

/** Art. 19: a bulletin or drill was DONE, is MISSING (its due date passed) or still PENDING. */
public enum DutyState {
  DONE,
  MISSING,
  PENDING;

  /** The bundle key of its name. */
  public String nameKey() {
    return "compliance.state." + name();
  }
}
