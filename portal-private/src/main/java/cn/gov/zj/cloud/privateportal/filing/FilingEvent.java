package cn.gov.zj.cloud.privateportal.filing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Art. 5: one step of a filing's history: who filed, returned or accepted it, when, with which
 * opinion and which plan document. Never changed once written.
 */
@Entity
@Table(name = "filing_event")
public class FilingEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "tenant_id", nullable = false, updatable = false)
  private String tenantId;

  @Column(name = "filing_id", nullable = false, updatable = false)
  private Long filingId;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(nullable = false, updatable = false)
  private String actor;

  @Column(nullable = false, updatable = false)
  private String action;

  @Column(name = "to_state", nullable = false, updatable = false)
  private String toState;

  @Column(updatable = false)
  private String opinion;

  @Column(name = "plan_sha256", updatable = false)
  private String planSha256;

  protected FilingEvent() {}

  FilingEvent(PlatformFiling filing, String action, String actor, Instant at) {
    this.tenantId = filing.getTenantId();
    this.filingId = filing.getId();
    this.occurredAt = at;
    this.actor = actor;
    this.action = action;
    this.toState = filing.getState().name();
    this.opinion = filing.getOpinion();
    this.planSha256 = filing.getPlanSha256();
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  /** {@code file}, or the REST name of the action. */
  public String getAction() {
    return action;
  }

  public String getToState() {
    return toState;
  }

  public String getOpinion() {
    return opinion;
  }

  public String getPlanSha256() {
    return planSha256;
  }
}
