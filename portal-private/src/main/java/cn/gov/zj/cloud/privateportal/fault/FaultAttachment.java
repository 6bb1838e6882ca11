package cn.gov.zj.cloud.privateportal.fault;

import cn.gov.zj.cloud.domain.attachment.CheckedAttachment;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Art. 13: a file that came with a fault, accepted by its content as an application's files are;
 * its bytes are in the file store under the SHA-256 recorded here. Never changed once stored.
 */
@Entity
@Table(name = "fault_attachment")
public class FaultAttachment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "tenant_id", nullable = false, updatable = false)
  private String tenantId;

  @Column(name = "fault_id", nullable = false, updatable = false)
  private Long faultId;

  @Column(name = "file_name", nullable = false, updatable = false)
  private String fileName;

  @Column(name = "content_type", nullable = false, updatable = false)
  private String contentType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long sizeBytes;

  @Column(nullable = false, updatable = false)
  private String sha256;

  @Column(name = "uploaded_by", nullable = false, updatable = false)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false, updatable = false)
  private Instant uploadedAt;

  protected FaultAttachment() {}

  FaultAttachment(
      Fault fault, String fileName, CheckedAttachment checked, String uploadedBy, Instant at) {
    this.tenantId = fault.getTenantId();
    this.faultId = fault.getId();
    this.fileName = fileName;
    this.contentType = checked.type().mediaType();
    this.sizeBytes = checked.size();
    this.sha256 = checked.sha256Hex();
    this.uploadedBy = uploadedBy;
    this.uploadedAt = at;
  }

  public Long getId() {
    return id;
  }

  public String getTenantId() {
    return tenantId;
  }

  public Long getFaultId() {
    return faultId;
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public String getSha256() {
    return sha256;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }
}
