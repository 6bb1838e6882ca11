package cn.gov.zj.cloud.privateportal.application;

import cn.gov.zj.cloud.domain.application.ApplicationState;
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

/**
 * Art. 6, 7: the application for cloud resources of one application system, in its lifecycle state,
 * with the statutory step it waits on and that step's due date.
 */
@Entity
@Table(name = "application")
public class CloudApplication {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "tenant_id", nullable = false, updatable = false)
  private String tenantId;

  /** Art. 7: changeable while a draft ({@link #revise}). */
  @Column(name = "system_id", nullable = false)
  private Long systemId;

  @Column(name = "unit_id", nullable = false, updatable = false)
  private Long unitId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ApplicationState state;

  /** The resource lines as validated JSON (the REST contract's form). */
  @Column(nullable = false)
  private String resources;

  @Column(name = "elastic_min")
  private Integer elasticMin;

  @Column(name = "elastic_max")
  private Integer elasticMax;

  @Column(name = "state_since", nullable = false)
  private Instant stateSince;

  private String step;

  @Column(name = "step_limit")
  private Integer stepLimit;

  @Column(name = "step_rule")
  private String stepRule;

  @Column(name = "due_date")
  private LocalDate dueDate;

  @Column(nullable = false)
  private boolean provisional;

  /** Art. 8: the approved plan (JSON, {@link PlanJson}); null before approval. */
  @Column(name = "approved_plan")
  private String approvedPlan;

  /** Art. 10, 11: the plan allocated at activation, replaced by each executed change. */
  @Column(name = "allocated_plan")
  private String allocatedPlan;

  /** Art. 11: the plan a change asks for, until it is executed or refused. */
  @Column(name = "pending_plan")
  private String pendingPlan;

  @Column(name = "pending_mlps")
  private Integer pendingMlps;

  /** Art. 9: the last day of the trial (calendar days from its provision, plus extensions). */
  @Column(name = "trial_ends")
  private LocalDate trialEnds;

  @Column(name = "trial_environment")
  private String trialEnvironment;

  /** Art. 9: the extension the unit asked for, while the reviewer has not decided. */
  @Column(name = "extension_days")
  private Integer extensionDays;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private int version;

  protected CloudApplication() {}

  /** Art. 7: a draft of the unit, not yet submitted. */
  public CloudApplication(
      TenantId tenant,
      long systemId,
      long unitId,
      String resources,
      Integer elasticMin,
      Integer elasticMax,
      Instant now) {
    this.tenantId = tenant.value();
    this.systemId = systemId;
    this.unitId = unitId;
    this.state = ApplicationState.DRAFT;
    this.resources = resources;
    this.elasticMin = elasticMin;
    this.elasticMax = elasticMax;
    this.stateSince = now;
    this.createdAt = now;
    this.updatedAt = now;
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

  public ApplicationState getState() {
    return state;
  }

  public String getResources() {
    return resources;
  }

  public Integer getElasticMin() {
    return elasticMin;
  }

  public Integer getElasticMax() {
    return elasticMax;
  }

  public Instant getStateSince() {
    return stateSince;
  }

  public String getStep() {
    return step;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public boolean isProvisional() {
    return provisional;
  }

  public String getStepRule() {
    return stepRule;
  }

  public Integer getStepLimit() {
    return stepLimit;
  }

  public String getApprovedPlan() {
    return approvedPlan;
  }

  public String getAllocatedPlan() {
    return allocatedPlan;
  }

  public String getPendingPlan() {
    return pendingPlan;
  }

  public Integer getPendingMlps() {
    return pendingMlps;
  }

  public LocalDate getTrialEnds() {
    return trialEnds;
  }

  public String getTrialEnvironment() {
    return trialEnvironment;
  }

  public Integer getExtensionDays() {
    return extensionDays;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  /**
   * Art. 6–12: the application enters {@code next} at {@code now}, waiting on {@code stamp}'s step
   * (with the rule in force and the due date fixed now), or on no deadline when it is null.
   */
  /** Art. 7: a draft's system (of the same unit) and resource lines, revised before submission. */
  void revise(
      long newSystemId,
      String newResources,
      Integer newElasticMin,
      Integer newElasticMax,
      Instant now) {
    if (state != ApplicationState.DRAFT) {
      throw new IllegalStateException("only a draft is revised, not " + state);
    }
    systemId = newSystemId;
    resources = newResources;
    elasticMin = newElasticMin;
    elasticMax = newElasticMax;
    updatedAt = now;
  }

  void enter(ApplicationState next, Instant now, StepStamp stamp) {
    state = next;
    stateSince = now;
    updatedAt = now;
    step = stamp == null ? null : stamp.step().name();
    stepLimit = stamp == null ? null : stamp.limit().value();
    stepRule = stamp == null ? null : stamp.rule();
    dueDate = stamp == null ? null : stamp.due().date();
    provisional = stamp != null && stamp.due().provisional();
  }

  void approve(String plan) {
    approvedPlan = plan;
  }

  void allocate(String plan) {
    allocatedPlan = plan;
  }

  void startTrial(LocalDate ends, String environment) {
    trialEnds = ends;
    trialEnvironment = environment;
  }

  void askExtension(Integer days) {
    extensionDays = days;
  }

  void extendTrial(int days) {
    trialEnds = trialEnds.plusDays(days);
    extensionDays = null;
  }

  void askChange(String plan, Integer mlps) {
    pendingPlan = plan;
    pendingMlps = mlps;
  }

  /** Art. 11: the executed change becomes the allocation; a refused one is dropped. */
  void closeChange(boolean executed) {
    if (executed) {
      allocatedPlan = pendingPlan;
    }
    pendingPlan = null;
    pendingMlps = null;
  }

  /** Overdue once the due date has passed in Beijing (the deadline ends at 24:00 of that day). */
  public boolean isOverdue(LocalDate today) {
    return dueDate != null && today.isAfter(dueDate);
  }
}
