package cn.gov.zj.cloud.privateportal.fault;

import cn.gov.zj.cloud.domain.fault.FaultSchedule;
import cn.gov.zj.cloud.domain.fault.FaultState;
import cn.gov.zj.cloud.domain.fault.Severity;
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
import java.util.Optional;

/**
 * Art. 13: a fault a unit reported on one of its running systems, with the provider's response and
 * resolution due times and when each was done.
 */
@Entity
@Table(name = "fault")
public class Fault {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "tenant_id", nullable = false, updatable = false)
  private String tenantId;

  @Column(name = "system_id", nullable = false, updatable = false)
  private Long systemId;

  @Column(name = "unit_id", nullable = false, updatable = false)
  private Long unitId;

  /** Art. 13, 23: the system's application in production when reported (for notices, ratings). */
  @Column(name = "application_id", nullable = false, updatable = false)
  private Long applicationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Severity severity;

  @Column(nullable = false, updatable = false)
  private String title;

  @Column(nullable = false, updatable = false)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private FaultState state;

  @Column(name = "reported_by", nullable = false, updatable = false)
  private String reportedBy;

  @Column(name = "reported_at", nullable = false, updatable = false)
  private Instant reportedAt;

  /** Art. 25: the target that set the response due time, e.g. {@code 30 MINUTES}. */
  @Column(name = "response_target", nullable = false, updatable = false)
  private String responseTarget;

  @Column(name = "resolution_target", nullable = false, updatable = false)
  private String resolutionTarget;

  @Column(name = "response_due", nullable = false, updatable = false)
  private Instant responseDue;

  @Column(name = "resolution_due", nullable = false)
  private Instant resolutionDue;

  @Column(name = "acknowledged_at")
  private Instant acknowledgedAt;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column private String resolution;

  @Column(name = "escalated_at")
  private Instant escalatedAt;

  @Column(name = "rating_invited_at")
  private Instant ratingInvitedAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private int version;

  protected Fault() {}

  Fault(Report report, Instant responseDue, Instant resolutionDue) {
    this.tenantId = report.tenant();
    this.systemId = report.systemId();
    this.unitId = report.unitId();
    this.applicationId = report.applicationId();
    this.severity = report.severity();
    this.title = report.title();
    this.description = report.description();
    this.state = FaultState.REPORTED;
    this.reportedBy = report.reportedBy();
    this.reportedAt = report.at();
    this.responseTarget = report.responseTarget();
    this.resolutionTarget = report.resolutionTarget();
    this.responseDue = responseDue;
    this.resolutionDue = resolutionDue;
    this.updatedAt = report.at();
  }

  /** What a unit reported, checked, with the targets in force. */
  record Report(
      String tenant,
      long systemId,
      long unitId,
      long applicationId,
      Severity severity,
      String title,
      String description,
      String reportedBy,
      Instant at,
      String responseTarget,
      String resolutionTarget) {}

  void acknowledge(Instant at) {
    if (acknowledgedAt == null) {
      acknowledgedAt = at;
    }
  }

  void resolve(String text, Instant at) {
    acknowledge(at);
    resolution = text;
    resolvedAt = at;
  }

  /** Art. 13: reopened, the resolution clock starts again, whole, at {@code newDue}'s start. */
  void reopen(Instant newDue) {
    resolvedAt = null;
    resolutionDue = newDue;
  }

  void close(Instant at) {
    closedAt = at;
  }

  void escalate(Instant at) {
    escalatedAt = at;
  }

  void enter(FaultState next, Instant at) {
    state = next;
    updatedAt = at;
  }

  void ratingInvited(Instant at) {
    ratingInvitedAt = at;
  }

  /** Art. 13: the response target met (true), missed (false), or still open (empty). */
  public Optional<Boolean> responseMet(Instant now) {
    return FaultSchedule.met(responseDue, acknowledgedAt, now);
  }

  /** Art. 13: the resolution target (of the clock that runs now) met, missed or still open. */
  public Optional<Boolean> resolutionMet(Instant now) {
    return FaultSchedule.met(resolutionDue, resolvedAt, now);
  }

  /** Art. 13: a due time passed with its target unmet. */
  public boolean isOverdue(Instant now) {
    boolean responseLate = acknowledgedAt == null && now.isAfter(responseDue);
    return responseLate || state.isOpen() && now.isAfter(resolutionDue);
  }

  public Long getId() {
    return id;
  }

  public String getTenantId() {
    return tenantId;
  }

  public Long getSystemId() {
    return systemId;
  }

  public Long getUnitId() {
    return unitId;
  }

  public Long getApplicationId() {
    return applicationId;
  }

  public Severity getSeverity() {
    return severity;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public FaultState getState() {
    return state;
  }

  public String getReportedBy() {
    return reportedBy;
  }

  public Instant getReportedAt() {
    return reportedAt;
  }

  public String getResponseTarget() {
    return responseTarget;
  }

  public String getResolutionTarget() {
    return resolutionTarget;
  }

  public Instant getResponseDue() {
    return responseDue;
  }

  public Instant getResolutionDue() {
    return resolutionDue;
  }

  public Instant getAcknowledgedAt() {
    return acknowledgedAt;
  }

  public Instant getResolvedAt() {
    return resolvedAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public String getResolution() {
    return resolution;
  }

  public Instant getEscalatedAt() {
    return escalatedAt;
  }

  public Instant getRatingInvitedAt() {
    return ratingInvitedAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
