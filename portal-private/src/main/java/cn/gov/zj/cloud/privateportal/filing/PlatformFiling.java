package cn.gov.zj.cloud.privateportal.filing;

import cn.gov.zj.cloud.domain.filing.BuildMode;
import cn.gov.zj.cloud.domain.filing.FilingState;
import cn.gov.zj.cloud.domain.filing.PlatformPlan;
import cn.gov.zj.cloud.privateportal.application.Attachments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.StringReader;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Art. 5: a city platform's construction plan filed with the province, with the plan document (kept
 * in the file store as an application's attachments are) and the province's last decision.
 */
@Entity
@Table(name = "platform_filing")
public class PlatformFiling {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "tenant_id", nullable = false, updatable = false)
  private String tenantId;

  @Column(name = "platform_name", nullable = false)
  private String platformName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private BuildMode mode;

  @Column(nullable = false)
  private String provider;

  @Column(nullable = false)
  private String capacity;

  @Column(name = "mlps_level", nullable = false)
  private int mlpsLevel;

  @Column(name = "plan_file_name", nullable = false)
  private String planFileName;

  @Column(name = "plan_type", nullable = false)
  private String planType;

  @Column(name = "plan_size", nullable = false)
  private long planSize;

  @Column(name = "plan_sha256", nullable = false)
  private String planSha256;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private FilingState state;

  @Column(name = "filed_by", nullable = false)
  private String filedBy;

  @Column(name = "filed_at", nullable = false)
  private Instant filedAt;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  private String opinion;

  @Version private int version;

  protected PlatformFiling() {}

  PlatformFiling(String tenantId, PlatformPlan plan, Attachments.Received document) {
    this.tenantId = tenantId;
    this.state = FilingState.SUBMITTED;
    describe(plan, document);
  }

  /** Art. 5: the plan as filed (again): its figures, and its document when a new one came. */
  void describe(PlatformPlan plan, Attachments.Received document) {
    this.platformName = plan.platformName();
    this.mode = plan.mode();
    this.provider = plan.provider();
    JsonObjectBuilder amounts = Json.createObjectBuilder();
    PlatformPlan.CAPACITY.stream()
        .filter(plan.capacity()::containsKey)
        .forEach(key -> amounts.add(key, plan.capacity().get(key)));
    this.capacity = amounts.build().toString();
    this.mlpsLevel = plan.mlps();
    if (document != null) {
      this.planFileName = document.name();
      this.planType = document.checked().type().mediaType();
      this.planSize = document.checked().size();
      this.planSha256 = document.checked().sha256Hex();
    }
  }

  /** Art. 5: filed (again) by {@code by}; a decision taken before is history now. */
  void filed(String by, Instant at) {
    this.state = FilingState.SUBMITTED;
    this.filedBy = by;
    this.filedAt = at;
    this.decidedBy = null;
    this.decidedAt = null;
    this.opinion = null;
  }

  /** Art. 5: the province's decision with its opinion. */
  void decided(FilingState to, String opinion, String by, Instant at) {
    this.state = to;
    this.opinion = opinion;
    this.decidedBy = by;
    this.decidedAt = at;
  }

  /** The audit's view of the filing. */
  Map<String, Object> snapshot() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("state", this.state.name());
    state.put("platformName", platformName);
    state.put("mode", mode.name());
    state.put("provider", provider);
    state.put("capacity", capacity);
    state.put("mlpsLevel", mlpsLevel);
    state.put("planSha256", planSha256);
    if (opinion != null) {
      state.put("opinion", opinion);
    }
    return state;
  }

  public Long getId() {
    return id;
  }

  public String getTenantId() {
    return tenantId;
  }

  public String getPlatformName() {
    return platformName;
  }

  public BuildMode getMode() {
    return mode;
  }

  public String getProvider() {
    return provider;
  }

  /** The capacity figures by {@link PlatformPlan#CAPACITY} key, in that order. */
  public Map<String, Integer> getCapacity() {
    Map<String, Integer> amounts = new LinkedHashMap<>();
    try (var reader = Json.createReader(new StringReader(capacity))) {
      JsonObject stored = reader.readObject();
      PlatformPlan.CAPACITY.stream()
          .filter(stored::containsKey)
          .forEach(key -> amounts.put(key, stored.getJsonNumber(key).intValue()));
    }
    return amounts;
  }

  public int getMlpsLevel() {
    return mlpsLevel;
  }

  public String getPlanFileName() {
    return planFileName;
  }

  public String getPlanType() {
    return planType;
  }

  public long getPlanSize() {
    return planSize;
  }

  public String getPlanSha256() {
    return planSha256;
  }

  public FilingState getState() {
    return state;
  }

  public String getFiledBy() {
    return filedBy;
  }

  public Instant getFiledAt() {
    return filedAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getOpinion() {
    return opinion;
  }
}
