package cn.gov.zj.cloud.privateportal.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Art. 6: one step of an application's history: who, when, what, the opinion, the rule in force.
 */
@Entity
@Table(name = "application_event")
public class ApplicationEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "tenant_id", nullable = false, updatable = false)
  private String tenantId;

  @Column(name = "application_id", nullable = false, updatable = false)
  private Long applicationId;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(nullable = false, updatable = false)
  private String actor;

  @Column(nullable = false, updatable = false)
  private String action;

  @Column(name = "from_state", updatable = false)
  private String fromState;

  @Column(name = "to_state", nullable = false, updatable = false)
  private String toState;

  @Column(updatable = false)
  private String opinion;

  @Column(name = "rule_in_force", updatable = false)
  private String ruleInForce;

  /** The action's checked input and the step it closed, as JSON ({@link ActionDetails}). */
  @Column(updatable = false)
  private String details;

  protected ApplicationEvent() {}

  ApplicationEvent(
      CloudApplication application,
      Instant occurredAt,
      String actor,
      String action,
      String fromState,
      String opinion,
      String ruleInForce,
      String details) {
    this.tenantId = application.getTenantId();
    this.applicationId = application.getId();
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.action = action;
    this.fromState = fromState;
    this.toState = application.getState().name();
    this.opinion = opinion;
    this.ruleInForce = ruleInForce;
    this.details = details;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getAction() {
    return action;
  }

  public String getFromState() {
    return fromState;
  }

  public String getToState() {
    return toState;
  }

  public String getOpinion() {
    return opinion;
  }

  public String getRuleInForce() {
    return ruleInForce;
  }

  public String getDetails() {
    return details;
  }

  public Long getId() {
    return id;
  }
}
