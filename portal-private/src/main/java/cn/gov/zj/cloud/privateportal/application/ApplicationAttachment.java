package cn.gov.zj.cloud.privateportal.application;

import cn.gov.zj.cloud.domain.application.AttachmentKind;
import cn.gov.zj.cloud.domain.attachment.CheckedAttachment;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Art. 7, 9, 11, 12: a file that came with an application, accepted by its content; its bytes are
 * in the {@link FileStore} under the SHA-256 recorded here. Never changed once stored.
 */
@Entity
@Table(name = "application_attachment")
public class ApplicationAttachment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "tenant_id", nullable = false, updatable = false)
  private String tenantId;

  @Column(name = "application_id", nullable = false, updatable = false)
  private Long applicationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private AttachmentKind kind;

  @Column(name = "file_name", nullable = false, updatable = false)
  private String fileName;

  @Column(name = "content_type", nullable = false, updatable = false)
  private String contentType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long sizeBytes;

  @Column(nullable = false, updatable = false)
  private String sha256;

  @Column(name = "name_mismatch", nullable = false, updatable = false)
  private boolean nameMismatch;

  @Column(name = "uploaded_by", nullable = false, updatable = false)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false, updatable = false)
  private Instant uploadedAt;

  protected ApplicationAttachment() {}

  ApplicationAttachment(
      CloudApplication application,
      AttachmentKind kind,
      String fileName,
      CheckedAttachment checked,
      String uploadedBy,
      Instant uploadedAt) {
    this.tenantId = application.getTenantId();
    this.applicationId = application.getId();
    this.kind = kind;
    this.fileName = fileName;
    this.contentType = checked.type().mediaType();
    this.sizeBytes = checked.size();
    this.sha256 = checked.sha256Hex();
    this.nameMismatch = checked.declaredMismatch();
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  public Long getId() {
    return id;
  }

  public String getTenantId() {
    return tenantId;
  }

  public Long getApplicationId() {
    return applicationId;
  }

  public AttachmentKind getKind() {
    return kind;
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

  /** The name's extension does not fit the content: allowed, and shown to the reviewer. */
  public boolean isNameMismatch() {
    return nameMismatch;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }
}
