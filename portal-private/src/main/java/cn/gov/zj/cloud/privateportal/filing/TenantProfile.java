package cn.gov.zj.cloud.privateportal.filing;

import cn.gov.zj.cloud.domain.filing.CompetentDepartment;
import cn.gov.zj.cloud.domain.filing.PlatformChoice;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Art. 4, 5: a tenant's competent department, its contact, and the platform its units use. */
@Entity
@Table(name = "tenant_profile")
public class TenantProfile {

  @Id
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private String tenantId;

  @Column(nullable = false)
  private String department;

  @Column(name = "contact_person", nullable = false)
  private String contactPerson;

  @Column(nullable = false)
  private String phone;

  @Column(nullable = false)
  private String email;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PlatformChoice platform;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private int version;

  protected TenantProfile() {}

  TenantProfile(String tenantId) {
    this.tenantId = tenantId;
  }

  void change(CompetentDepartment department, String by, Instant at) {
    this.department = department.name();
    this.contactPerson = department.contactPerson();
    this.phone = department.phone();
    this.email = department.email();
    this.platform = department.platform();
    this.updatedBy = by;
    this.updatedAt = at;
  }

  /** The audit's view; empty before the first change. */
  Map<String, Object> snapshot() {
    Map<String, Object> state = new LinkedHashMap<>();
    if (department != null) {
      state.put("department", department);
      state.put("contactPerson", contactPerson);
      state.put("phone", phone);
      state.put("email", email);
      state.put("platform", platform.name());
    }
    return state;
  }

  public String getTenantId() {
    return tenantId;
  }

  public String getDepartment() {
    return department;
  }

  public String getContactPerson() {
    return contactPerson;
  }

  public String getPhone() {
    return phone;
  }

  public String getEmail() {
    return email;
  }

  public PlatformChoice getPlatform() {
    return platform;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
