package cn.gov.zj.cloud.domain.application;

import java.util.Set;

/** Art. 7: the kinds of resource line, as the {@code type} of a line names them. */
public enum ResourceType {
  CLOUD_HOST(Set.of("quantity", "vcpu", "memoryGiB", "systemDiskGiB", "dataDiskGiB", "os")),
  CLOUD_DATABASE(Set.of("engine", "vcpu", "memoryGiB", "storageGiB")),
  CLOUD_STORAGE(Set.of("kind", "capacityGiB")),
  CLOUD_SECURITY(Set.of("service")),
  BANDWIDTH(Set.of("mbps"));

  private final Set<String> fields;

  ResourceType(Set<String> fields) {
    this.fields = fields;
  }

  /** The fields a line of this type has besides {@code type}; any other is refused. */
  public Set<String> fields() {
    return fields;
  }
}
