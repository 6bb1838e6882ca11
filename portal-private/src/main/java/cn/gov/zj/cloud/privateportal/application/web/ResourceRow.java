package cn.gov.zj.cloud.privateportal.application.web;

import cn.gov.zj.cloud.domain.application.ResourceDraft;
import cn.gov.zj.cloud.domain.application.ResourceLine;
import cn.gov.zj.cloud.domain.application.ResourceType;
import java.io.Serializable;

/**
 * Art. 7: one resource line as the form edits it; only the fields of its type are shown and sent.
 */
public class ResourceRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final ResourceType type;
  private Integer quantity;
  private Integer vcpu;
  private Integer memoryGiB;
  private Integer systemDiskGiB;
  private Integer dataDiskGiB;
  private String os;
  private String engine;
  private Integer storageGiB;
  private String kind;
  private Integer capacityGiB;
  private String service;
  private Integer mbps;

  public ResourceRow(ResourceType type) {
    this.type = type;
  }

  /** A row holding a stored line, e.g. the allocation a change starts from (Art. 11). */
  static ResourceRow of(ResourceLine line) {
    ResourceRow row = new ResourceRow(line.type());
    if (line instanceof ResourceLine.CloudHost h) {
      row.quantity = h.quantity();
      row.vcpu = h.vcpu();
      row.memoryGiB = h.memoryGiB();
      row.systemDiskGiB = h.systemDiskGiB();
      row.dataDiskGiB = h.dataDiskGiB();
      row.os = h.os();
    } else if (line instanceof ResourceLine.CloudDatabase d) {
      row.engine = d.engine();
      row.vcpu = d.vcpu();
      row.memoryGiB = d.memoryGiB();
      row.storageGiB = d.storageGiB();
    } else if (line instanceof ResourceLine.CloudStorage s) {
      row.kind = s.kind().name();
      row.capacityGiB = s.capacityGiB();
    } else if (line instanceof ResourceLine.CloudSecurity c) {
      row.service = c.service().name();
    } else if (line instanceof ResourceLine.Bandwidth b) {
      row.mbps = b.mbps();
    }
    return row;
  }

  /** Whether the line's type has this field (its REST name, e.g. {@code memoryGiB}). */
  public boolean has(String field) {
    return type.fields().contains(field);
  }

  ResourceDraft draft() {
    return new ResourceDraft(
        type.name(),
        only("quantity", quantity),
        only("vcpu", vcpu),
        only("memoryGiB", memoryGiB),
        only("systemDiskGiB", systemDiskGiB),
        only("dataDiskGiB", dataDiskGiB),
        only("os", os),
        only("engine", engine),
        only("storageGiB", storageGiB),
        only("kind", kind),
        only("capacityGiB", capacityGiB),
        only("service", service),
        only("mbps", mbps));
  }

  private <T> T only(String field, T value) {
    return has(field) ? value : null;
  }

  public ResourceType getType() {
    return type;
  }

  public Integer getQuantity() {
    return quantity;
  }

  public void setQuantity(Integer quantity) {
    this.quantity = quantity;
  }

  public Integer getVcpu() {
    return vcpu;
  }

  public void setVcpu(Integer vcpu) {
    this.vcpu = vcpu;
  }

  public Integer getMemoryGiB() {
    return memoryGiB;
  }

  public void setMemoryGiB(Integer memoryGiB) {
    this.memoryGiB = memoryGiB;
  }

  public Integer getSystemDiskGiB() {
    return systemDiskGiB;
  }

  public void setSystemDiskGiB(Integer systemDiskGiB) {
    this.systemDiskGiB = systemDiskGiB;
  }

  public Integer getDataDiskGiB() {
    return dataDiskGiB;
  }

  public void setDataDiskGiB(Integer dataDiskGiB) {
    this.dataDiskGiB = dataDiskGiB;
  }

  public String getOs() {
    return os;
  }

  public void setOs(String os) {
    this.os = os;
  }

  public String getEngine() {
    return engine;
  }

  public void setEngine(String engine) {
    this.engine = engine;
  }

  public Integer getStorageGiB() {
    return storageGiB;
  }

  public void setStorageGiB(Integer storageGiB) {
    this.storageGiB = storageGiB;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public Integer getCapacityGiB() {
    return capacityGiB;
  }

  public void setCapacityGiB(Integer capacityGiB) {
    this.capacityGiB = capacityGiB;
  }

  public String getService() {
    return service;
  }

  public void setService(String service) {
    this.service = service;
  }

  public Integer getMbps() {
    return mbps;
  }

  public void setMbps(Integer mbps) {
    this.mbps = mbps;
  }
}
