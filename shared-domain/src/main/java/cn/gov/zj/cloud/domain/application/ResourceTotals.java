package cn.gov.zj.cloud.domain.application;

/**
 * Art. 11, Art. 22: the sums of a resource plan that a change is measured by: cloud host count,
 * vCPU and memory of hosts and databases, storage of disks, databases and cloud storage, and
 * bandwidth.
 */
public record ResourceTotals(
    long hosts, long vcpu, long memoryGiB, long storageGiB, long bandwidthMbps) {

  public static final ResourceTotals NONE = new ResourceTotals(0, 0, 0, 0, 0);

  public ResourceTotals plus(ResourceTotals other) {
    return new ResourceTotals(
        hosts + other.hosts,
        vcpu + other.vcpu,
        memoryGiB + other.memoryGiB,
        storageGiB + other.storageGiB,
        bandwidthMbps + other.bandwidthMbps);
  }

  /** What a change adds (negative where it takes away), for display beside a change request. */
  public ResourceTotals minus(ResourceTotals other) {
    return new ResourceTotals(
        hosts - other.hosts,
        vcpu - other.vcpu,
        memoryGiB - other.memoryGiB,
        storageGiB - other.storageGiB,
        bandwidthMbps - other.bandwidthMbps);
  }
}
