package cn.gov.zj.cloud.domain.application;

import cn.gov.zj.cloud.domain.validation.Texts;
import cn.gov.zj.cloud.domain.validation.Violations;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Art. 7: one resource line as a form or a JSON body gives it, flat as in the REST contract ({@code
 * {"type": "CLOUD_HOST", "quantity": 2, "vcpu": 8, …}}); null where absent.
 */
public record ResourceDraft(
    String type,
    Integer quantity,
    Integer vcpu,
    Integer memoryGiB,
    Integer systemDiskGiB,
    Integer dataDiskGiB,
    String os,
    String engine,
    Integer storageGiB,
    String kind,
    Integer capacityGiB,
    String service,
    Integer mbps) {

  /**
   * Art. 7: the valid line, or null with every fault named under {@code path} (e.g. {@code
   * resources[2].vcpu}); a field that the line's type does not have is refused too.
   */
  public ResourceLine toLine(String path, Violations violations) {
    ResourceType resourceType =
        Texts.constant(path + ".type", type, ResourceType.class, violations);
    if (resourceType == null) {
      return null;
    }
    Violations own = new Violations();
    present()
        .forEach(
            (name, value) -> {
              if (!resourceType.fields().contains(name)) {
                own.addOnce(path + "." + name, "validation.unknownField");
              }
            });
    ResourceLine line = parse(resourceType, path + ".", own);
    own.errors().forEach(e -> violations.add(e.field(), e.messageKey(), e.arguments().toArray()));
    return own.isEmpty() ? line : null;
  }

  private ResourceLine parse(ResourceType resourceType, String at, Violations v) {
    switch (resourceType) {
      case CLOUD_HOST:
        Integer n = ResourceLine.QUANTITY.check(at + "quantity", quantity, v);
        Integer cpu = ResourceLine.VCPU.check(at + "vcpu", vcpu, v);
        Integer mem = ResourceLine.MEMORY_GIB.check(at + "memoryGiB", memoryGiB, v);
        Integer sys = ResourceLine.SYSTEM_DISK_GIB.check(at + "systemDiskGiB", systemDiskGiB, v);
        Integer data =
            ResourceLine.DATA_DISK_GIB.check(
                at + "dataDiskGiB", dataDiskGiB == null ? 0 : dataDiskGiB, v);
        String system =
            Texts.required(at + "os", os, ResourceLine.MAX_OS, "validation.required", v);
        return v.isEmpty() ? new ResourceLine.CloudHost(n, cpu, mem, sys, data, system) : null;
      case CLOUD_DATABASE:
        String db =
            Texts.required(
                at + "engine", engine, ResourceLine.MAX_ENGINE, "validation.required", v);
        Integer dbCpu = ResourceLine.VCPU.check(at + "vcpu", vcpu, v);
        Integer dbMem = ResourceLine.MEMORY_GIB.check(at + "memoryGiB", memoryGiB, v);
        Integer size = ResourceLine.DATABASE_STORAGE_GIB.check(at + "storageGiB", storageGiB, v);
        return v.isEmpty() ? new ResourceLine.CloudDatabase(db, dbCpu, dbMem, size) : null;
      case CLOUD_STORAGE:
        StorageKind storageKind = Texts.constant(at + "kind", kind, StorageKind.class, v);
        Integer capacity = ResourceLine.CAPACITY_GIB.check(at + "capacityGiB", capacityGiB, v);
        return v.isEmpty() ? new ResourceLine.CloudStorage(storageKind, capacity) : null;
      case CLOUD_SECURITY:
        SecurityService named = Texts.constant(at + "service", service, SecurityService.class, v);
        return v.isEmpty() ? new ResourceLine.CloudSecurity(named) : null;
      case BANDWIDTH:
        Integer rate = ResourceLine.MBPS.check(at + "mbps", mbps, v);
        return v.isEmpty() ? new ResourceLine.Bandwidth(rate) : null;
      default:
        throw new IllegalStateException(resourceType.name());
    }
  }

  /** The fields given, by their REST names. */
  private Map<String, Object> present() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("quantity", quantity);
    fields.put("vcpu", vcpu);
    fields.put("memoryGiB", memoryGiB);
    fields.put("systemDiskGiB", systemDiskGiB);
    fields.put("dataDiskGiB", dataDiskGiB);
    fields.put("os", os);
    fields.put("engine", engine);
    fields.put("storageGiB", storageGiB);
    fields.put("kind", kind);
    fields.put("capacityGiB", capacityGiB);
    fields.put("service", service);
    fields.put("mbps", mbps);
    fields.values().removeIf(Objects::isNull);
    return fields;
  }
}
