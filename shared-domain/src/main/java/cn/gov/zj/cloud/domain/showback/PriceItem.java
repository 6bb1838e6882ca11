package cn.gov.zj.cloud.domain.showback;

import cn.gov.zj.cloud.domain.application.ResourceLine;
import java.util.EnumMap;
import java.util.Map;

/**
 * Art. 21: the units of measure of the price catalogue, each priced per month, and how many of each
 * a resource line holds. A database instance is priced as an instance plus its vCPU, memory and
 * storage; the disks of cloud hosts and a database's storage are disk, cloud storage (object,
 * block, file) is storage.
 */
public enum PriceItem {
  /** One vCPU for a month (hosts and databases). */
  VCPU_MONTH,
  /** One GiB of memory for a month (hosts and databases). */
  MEMORY_GIB_MONTH,
  /** One GiB of host disk or database storage for a month. */
  DISK_GIB_MONTH,
  /** One GiB of cloud storage for a month. */
  STORAGE_GIB_MONTH,
  /** One Mbps of internet bandwidth for a month. */
  BANDWIDTH_MBPS_MONTH,
  /** One cloud database instance for a month (besides its vCPU, memory and storage). */
  DATABASE_INSTANCE_MONTH,
  /** One cloud security service for a month. */
  SECURITY_SERVICE_MONTH;

  /** Art. 21: the quantities of each unit of measure that {@code line} holds. */
  public static Map<PriceItem, Long> quantities(ResourceLine line) {
    Map<PriceItem, Long> quantities = new EnumMap<>(PriceItem.class);
    if (line instanceof ResourceLine.CloudHost h) {
      quantities.put(VCPU_MONTH, (long) h.quantity() * h.vcpu());
      quantities.put(MEMORY_GIB_MONTH, (long) h.quantity() * h.memoryGiB());
      quantities.put(DISK_GIB_MONTH, (long) h.quantity() * (h.systemDiskGiB() + h.dataDiskGiB()));
    } else if (line instanceof ResourceLine.CloudDatabase d) {
      quantities.put(DATABASE_INSTANCE_MONTH, 1L);
      quantities.put(VCPU_MONTH, (long) d.vcpu());
      quantities.put(MEMORY_GIB_MONTH, (long) d.memoryGiB());
      quantities.put(DISK_GIB_MONTH, (long) d.storageGiB());
    } else if (line instanceof ResourceLine.CloudStorage s) {
      quantities.put(STORAGE_GIB_MONTH, (long) s.capacityGiB());
    } else if (line instanceof ResourceLine.CloudSecurity) {
      quantities.put(SECURITY_SERVICE_MONTH, 1L);
    } else {
      quantities.put(BANDWIDTH_MBPS_MONTH, (long) ((ResourceLine.Bandwidth) line).mbps());
    }
    return quantities;
  }
}
