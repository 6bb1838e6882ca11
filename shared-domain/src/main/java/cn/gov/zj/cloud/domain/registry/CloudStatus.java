package cn.gov.zj.cloud.domain.registry;

/** Art. 3: where an application system stands with respect to the government cloud. */
public enum CloudStatus {
  /** On the platform since a date. */
  ON_CLOUD,
  /** Being migrated onto the platform. */
  MIGRATING,
  /** Not yet migrated. */
  NOT_MIGRATED,
  /** Exempt by law from the cloud obligation; the legal basis is recorded. */
  EXEMPT,
  /** Art. 3: a new system, to be built on the platform (its activation makes it new on cloud). */
  PLANNED,
  /** Art. 12: taken off the platform when its application was terminated. */
  OFF_CLOUD;

  /** Art. 22: systems that count as on the platform for the cloud adoption ratio. */
  public boolean countsAsOnCloud() {
    return this == ON_CLOUD;
  }

  /** Art. 3, Art. 10: how a system in this status comes onto the platform when activated. */
  public CloudEntry entryOnActivation() {
    return this == PLANNED ? CloudEntry.NEW : CloudEntry.MIGRATED;
  }
}
