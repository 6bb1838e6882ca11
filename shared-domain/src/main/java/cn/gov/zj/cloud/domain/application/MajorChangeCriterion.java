package cn.gov.zj.cloud.domain.application;

/**
 * Art. 11: what makes a change major (重大变更), so that the Art. 7 materials are submitted again with
 * new performance and security test reports. Any one criterion suffices.
 */
public enum MajorChangeCriterion {
  /** The system's MLPS level is raised (lowering it is not major). */
  MLPS_LEVEL_RAISED,
  /** The unit declares a change of the system's architecture (deployment, tiers, components). */
  ARCHITECTURE_CHANGED,
  /** Total vCPU of hosts and databases grows by more than the threshold. */
  VCPU_GROWTH,
  /** Total memory of hosts and databases grows by more than the threshold. */
  MEMORY_GROWTH,
  /** Total storage (disks, databases, cloud storage) grows by more than the threshold. */
  STORAGE_GROWTH;

  /** The bundle key of the criterion's label, e.g. {@code application.major.VCPU_GROWTH}. */
  public String nameKey() {
    return "application.major." + name();
  }
}
