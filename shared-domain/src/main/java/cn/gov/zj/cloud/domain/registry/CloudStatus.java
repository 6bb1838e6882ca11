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
  EXEMPT;

  /** Art. 22: systems that count as on the platform for the cloud adoption ratio. */
  public boolean countsAsOnCloud() {
    return this == ON_CLOUD;
  }
}
