package cn.gov.zj.cloud.privateportal.fault;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Art. 13: one step of a fault's history: who, when, what, from which state, with what text. */
@Entity
@Table(name = "fault_event")
public class FaultEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "tenant_id", nullable = false, updatable = false)
  private String tenantId;

  @Column(name = "fault_id", nullable = false, updatable = false)
  private Long faultId;

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
  private String note;

  protected FaultEvent() {}

  FaultEvent(Fault fault, Instant at, String actor, String action, String fromState, String note) {
    this.tenantId = fault.getTenantId();
    this.faultId = fault.getId();
    this.occurredAt = at;
    this.actor = actor;
    this.action = action;
    this.fromState = fromState;
    this.toState = fault.getState().name();
    this.note = note;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  /** {@code report} or an action's REST name. */
  public String getAction() {
    return action;
  }

  public String getFromState() {
    return fromState;
  }

  public String getToState() {
    return toState;
  }

  public String getNote() {
    return note;
  }
}
