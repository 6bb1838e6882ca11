package cn.gov.zj.cloud.privateportal.registry;

import cn.gov.zj.cloud.domain.registry.CloudEntry;
import cn.gov.zj.cloud.domain.registry.CloudStatus;
import cn.gov.zj.cloud.domain.registry.MlpsLevel;
import cn.gov.zj.cloud.domain.registry.SystemDetails;
import cn.gov.zj.cloud.domain.tenant.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Art. 3, Art. 18: an application system of a using unit, with its MLPS level, its named security
 * officer and its cloud status.
 */
@Entity
@Table(name = "app_system")
public class AppSystem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "tenant_id", nullable = false, updatable = false)
  private String tenantId;

  @Column(name = "unit_id", nullable = false)
  private Long unitId;

  @Column(nullable = false)
  private String name;

  private String description;

  @Column(name = "mlps_level", nullable = false)
  private int mlpsLevel;

  @Column(name = "security_officer", nullable = false)
  private String securityOfficer;

  /** Art. 18: the username of the system's unit-security-officer; null while none is named. */
  @Column(name = "security_officer_account")
  private String securityOfficerAccount;

  @Enumerated(EnumType.STRING)
  @Column(name = "cloud_status", nullable = false)
  private CloudStatus cloudStatus;

  @Column(name = "on_cloud_since")
  private LocalDate onCloudSince;

  /** Art. 3: new on cloud or migrated; set by the activation of an application. */
  @Enumerated(EnumType.STRING)
  @Column(name = "cloud_entry")
  private CloudEntry cloudEntry;

  @Column(name = "exemption_basis")
  private String exemptionBasis;

  @Column(name = "public_facing", nullable = false)
  private boolean publicFacing;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "retired_at")
  private Instant retiredAt;

  @Column(name = "retired_reason")
  private String retiredReason;

  @Version private int version;

  protected AppSystem() {}

  public AppSystem(TenantId tenant, long unitId, SystemDetails details, Instant now) {
    this.tenantId = tenant.value();
    this.createdAt = now;
    revise(unitId, details, now);
  }

  public final void revise(long unitId, SystemDetails details, Instant now) {
    this.unitId = unitId;
    this.name = details.name();
    this.description = details.description();
    this.mlpsLevel = details.mlpsLevel().value();
    this.securityOfficer = details.securityOfficer();
    if (details.placement().status() != CloudStatus.ON_CLOUD) {
      this.cloudEntry = null;
    }
    this.cloudStatus = details.placement().status();
    this.onCloudSince = details.placement().onCloudSince();
    this.exemptionBasis = details.placement().exemptionBasis();
    this.publicFacing = details.publicFacing();
    this.updatedAt = now;
  }

  /**
   * Art. 3, Art. 10: the activation of an application puts the system on the cloud from {@code
   * day}, new when it was planned, else migrated; a system already on the cloud keeps its date.
   */
  void activated(LocalDate day, Instant now) {
    if (cloudStatus == CloudStatus.ON_CLOUD) {
      return;
    }
    cloudEntry = cloudStatus.entryOnActivation();
    cloudStatus = CloudStatus.ON_CLOUD;
    onCloudSince = day;
    exemptionBasis = null;
    updatedAt = now;
  }

  /** Art. 12: the termination of its application takes the system off the cloud. */
  void terminated(Instant now) {
    cloudStatus = CloudStatus.OFF_CLOUD;
    cloudEntry = null;
    onCloudSince = null;
    exemptionBasis = null;
    updatedAt = now;
  }

  /** Art. 11, Art. 18: the MLPS level an approved change gives the system. */
  void changeLevel(MlpsLevel level, Instant now) {
    mlpsLevel = level.value();
    updatedAt = now;
  }

  /** Art. 18: names (or, with null, no longer names) the officer's account. */
  void assignOfficerAccount(String username, Instant now) {
    securityOfficerAccount = username;
    updatedAt = now;
  }

  /** Art. 3: kept and shown as retired; takes no new application. */
  void retire(String reason, Instant now) {
    retiredAt = now;
    retiredReason = reason;
    updatedAt = now;
  }

  public boolean isRetired() {
    return retiredAt != null;
  }

  /** What the audit log keeps of this system. */
  public Map<String, Object> snapshot() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("unitId", unitId);
    state.put("name", name);
    state.put("description", description);
    state.put("mlpsLevel", mlpsLevel);
    state.put("securityOfficer", securityOfficer);
    state.put("securityOfficerAccount", securityOfficerAccount);
    state.put("cloudStatus", cloudStatus.name());
    state.put("onCloudSince", onCloudSince == null ? null : onCloudSince.toString());
    state.put("cloudEntry", cloudEntry == null ? null : cloudEntry.name());
    state.put("exemptionBasis", exemptionBasis);
    state.put("publicFacing", publicFacing);
    state.put("retiredReason", retiredReason);
    return state;
  }

  public Long getId() {
    return id;
  }

  public String getTenantId() {
    return tenantId;
  }

  public Long getUnitId() {
    return unitId;
  }

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }

  public int getMlpsLevel() {
    return mlpsLevel;
  }

  public String getSecurityOfficer() {
    return securityOfficer;
  }

  public String getSecurityOfficerAccount() {
    return securityOfficerAccount;
  }

  public CloudStatus getCloudStatus() {
    return cloudStatus;
  }

  public LocalDate getOnCloudSince() {
    return onCloudSince;
  }

  public String getExemptionBasis() {
    return exemptionBasis;
  }

  public CloudEntry getCloudEntry() {
    return cloudEntry;
  }

  public Instant getRetiredAt() {
    return retiredAt;
  }

  public String getRetiredReason() {
    return retiredReason;
  }

  public boolean isPublicFacing() {
    return publicFacing;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
