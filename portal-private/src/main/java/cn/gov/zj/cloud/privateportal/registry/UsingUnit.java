package cn.gov.zj.cloud.privateportal.registry;

import cn.gov.zj.cloud.domain.registry.UnitDetails;
import cn.gov.zj.cloud.domain.tenant.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Art. 3, Art. 4: a using unit (使用单位) of one tenant. */
@Entity
@Table(name = "using_unit")
public class UsingUnit {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "tenant_id", nullable = false, updatable = false)
  private String tenantId;

  @Column(nullable = false)
  private String name;

  @Column(name = "credit_code", nullable = false)
  private String creditCode;

  @Column(nullable = false)
  private String contact;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "retired_at")
  private Instant retiredAt;

  @Column(name = "retired_reason")
  private String retiredReason;

  @Version private int version;

  protected UsingUnit() {}

  public UsingUnit(TenantId tenant, UnitDetails details, Instant now) {
    this.tenantId = tenant.value();
    this.createdAt = now;
    revise(details, now);
  }

  public final void revise(UnitDetails details, Instant now) {
    this.name = details.name();
    this.creditCode = details.creditCode().value();
    this.contact = details.contact();
    this.updatedAt = now;
  }

  /** Art. 3: kept and shown as retired; its systems take no new application. */
  void retire(String reason, Instant now) {
    retiredAt = now;
    retiredReason = reason;
    updatedAt = now;
  }

  public boolean isRetired() {
    return retiredAt != null;
  }

  /** What the audit log keeps of this unit. */
  public Map<String, Object> snapshot() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("name", name);
    state.put("creditCode", creditCode);
    state.put("contact", contact);
    state.put("retiredReason", retiredReason);
    return state;
  }

  public Long getId() {
    return id;
  }

  public String getTenantId() {
    return tenantId;
  }

  public String getName() {
    return name;
  }

  public String getCreditCode() {
    return creditCode;
  }

  public String getContact() {
    return contact;
  }

  public Instant getRetiredAt() {
    return retiredAt;
  }

  public String getRetiredReason() {
    return retiredReason;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
