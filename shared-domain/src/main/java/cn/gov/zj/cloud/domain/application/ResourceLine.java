package cn.gov.zj.cloud.domain.application;

import java.util.Objects;

/**
 * Art. 7, Art. 10: one line of resource needs or allocation, from the catalogue. Every value is
 * valid by construction; raw input goes through {@link ResourceDraft} first.
 */
public sealed interface ResourceLine {

  Bounds QUANTITY = new Bounds(1, 100);
  Bounds VCPU = new Bounds(1, 128);
  Bounds MEMORY_GIB = new Bounds(1, 2048);
  Bounds SYSTEM_DISK_GIB = new Bounds(20, 2048);

  /** Zero: no data disk. */
  Bounds DATA_DISK_GIB = new Bounds(0, 32_768);

  Bounds DATABASE_STORAGE_GIB = new Bounds(10, 65_536);

  /** Up to 1 PiB. */
  Bounds CAPACITY_GIB = new Bounds(1, 1_048_576);

  Bounds MBPS = new Bounds(1, 10_000);
  int MAX_OS = 100;
  int MAX_ENGINE = 64;

  ResourceType type();

  /** What this line adds to the totals that a change is measured by (Art. 11). */
  ResourceTotals totals();

  /** Cloud hosts: {@code quantity} alike hosts. */
  record CloudHost(
      int quantity, int vcpu, int memoryGiB, int systemDiskGiB, int dataDiskGiB, String os)
      implements ResourceLine {
    public CloudHost {
      QUANTITY.require("quantity", quantity);
      VCPU.require("vcpu", vcpu);
      MEMORY_GIB.require("memoryGiB", memoryGiB);
      SYSTEM_DISK_GIB.require("systemDiskGiB", systemDiskGiB);
      DATA_DISK_GIB.require("dataDiskGiB", dataDiskGiB);
      Objects.requireNonNull(os, "os");
    }

    @Override
    public ResourceType type() {
      return ResourceType.CLOUD_HOST;
    }

    @Override
    public ResourceTotals totals() {
      return new ResourceTotals(
          quantity,
          (long) quantity * vcpu,
          (long) quantity * memoryGiB,
          (long) quantity * (systemDiskGiB + dataDiskGiB),
          0);
    }
  }

  /** A cloud database instance. */
  record CloudDatabase(String engine, int vcpu, int memoryGiB, int storageGiB)
      implements ResourceLine {
    public CloudDatabase {
      Objects.requireNonNull(engine, "engine");
      VCPU.require("vcpu", vcpu);
      MEMORY_GIB.require("memoryGiB", memoryGiB);
      DATABASE_STORAGE_GIB.require("storageGiB", storageGiB);
    }

    @Override
    public ResourceType type() {
      return ResourceType.CLOUD_DATABASE;
    }

    @Override
    public ResourceTotals totals() {
      return new ResourceTotals(0, vcpu, memoryGiB, storageGiB, 0);
    }
  }

  /** Cloud storage of one kind. */
  record CloudStorage(StorageKind kind, int capacityGiB) implements ResourceLine {
    public CloudStorage {
      Objects.requireNonNull(kind, "kind");
      CAPACITY_GIB.require("capacityGiB", capacityGiB);
    }

    @Override
    public ResourceType type() {
      return ResourceType.CLOUD_STORAGE;
    }

    @Override
    public ResourceTotals totals() {
      return new ResourceTotals(0, 0, 0, capacityGiB, 0);
    }
  }

  /** One cloud security service. */
  record CloudSecurity(SecurityService service) implements ResourceLine {
    public CloudSecurity {
      Objects.requireNonNull(service, "service");
    }

    @Override
    public ResourceType type() {
      return ResourceType.CLOUD_SECURITY;
    }

    @Override
    public ResourceTotals totals() {
      return ResourceTotals.NONE;
    }
  }

  /** Internet bandwidth. */
  record Bandwidth(int mbps) implements ResourceLine {
    public Bandwidth {
      MBPS.require("mbps", mbps);
    }

    @Override
    public ResourceType type() {
      return ResourceType.BANDWIDTH;
    }

    @Override
    public ResourceTotals totals() {
      return new ResourceTotals(0, 0, 0, 0, mbps);
    }
  }
}
