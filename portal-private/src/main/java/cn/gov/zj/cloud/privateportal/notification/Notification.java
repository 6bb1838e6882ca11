package cn.gov.zj.cloud.privateportal.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** Art. 8–12: a notification as stored (written by {@link NoticeWriter} only, never changed). */
@Entity
@Table(name = "notification")
public class Notification {

  @Id private Long id;

  @Column(name = "tenant_id", insertable = false, updatable = false)
  private String tenantId;

  @Column(name = "recipient_role", insertable = false, updatable = false)
  private String recipientRole;

  @Column(name = "recipient_unit", insertable = false, updatable = false)
  private Long recipientUnit;

  @Column(name = "application_id", insertable = false, updatable = false)
  private Long applicationId;

  @Enumerated(EnumType.STRING)
  @Column(insertable = false, updatable = false)
  private NotificationKind kind;

  @Column(name = "message_key", insertable = false, updatable = false)
  private String messageKey;

  @Column(insertable = false, updatable = false)
  private String arguments;

  @Column(name = "created_at", insertable = false, updatable = false)
  private Instant createdAt;

  /** Who caused it (never shown it); null when no one did. */
  @Column(insertable = false, updatable = false)
  private String actor;

  @Column(insertable = false, updatable = false)
  private String step;

  @Column(name = "due_date", insertable = false, updatable = false)
  private LocalDate dueDate;

  @Column(insertable = false, updatable = false)
  private String opinion;

  protected Notification() {}

  public Long getId() {
    return id;
  }

  public String getRecipientRole() {
    return recipientRole;
  }

  public Long getRecipientUnit() {
    return recipientUnit;
  }

  public Long getApplicationId() {
    return applicationId;
  }

  public NotificationKind getKind() {
    return kind;
  }

  public String getMessageKey() {
    return messageKey;
  }

  public String getArguments() {
    return arguments;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getActor() {
    return actor;
  }

  public String getStep() {
    return step;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public String getOpinion() {
    return opinion;
  }
}
