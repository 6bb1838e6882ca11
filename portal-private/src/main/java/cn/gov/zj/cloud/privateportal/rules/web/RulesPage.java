package cn.gov.zj.cloud.privateportal.rules.web;

import cn.gov.zj.cloud.domain.rules.RuleInForce;
import cn.gov.zj.cloud.domain.rules.RulesDraft;
import cn.gov.zj.cloud.domain.rules.RulesInForce;
import cn.gov.zj.cloud.domain.rules.StatutoryStep;
import cn.gov.zj.cloud.privateportal.rules.DeadlineRuleBook;
import cn.gov.zj.cloud.privateportal.time.Clocks;
import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Art. 25: the deadline rules in force for the tenant, the tenant administrator's local rules and
 * the province administrator's defaults.
 */
@Named
@ViewScoped
public class RulesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private DeadlineRuleBook rules;

  private List<RuleInForce> inForce;
  private int trialMin;
  private int trialMax;
  private String trialSource;
  private List<Limit> limits;
  private Integer newTrialMin;
  private Integer newTrialMax;
  private LocalDate effectiveFrom;

  /** One step's limit in the form. */
  public static final class Limit implements Serializable {
    private static final long serialVersionUID = 1L;
    private final StatutoryStep step;
    private Integer workingDays;

    Limit(StatutoryStep step, Integer workingDays) {
      this.step = step;
      this.workingDays = workingDays;
    }

    public StatutoryStep getStep() {
      return step;
    }

    public Integer getWorkingDays() {
      return workingDays;
    }

    public void setWorkingDays(Integer workingDays) {
      this.workingDays = workingDays;
    }
  }

  @PostConstruct
  void load() {
    RulesInForce now = rules.inForceNow();
    inForce = new ArrayList<>();
    limits = new ArrayList<>();
    for (StatutoryStep step : StatutoryStep.values()) {
      inForce.add(now.step(step));
      limits.add(new Limit(step, now.step(step).limit().value()));
    }
    trialMin = now.trial().bounds().minDays();
    trialMax = now.trial().bounds().maxDays();
    trialSource = now.trial().origin().source().nameKey();
    newTrialMin = trialMin;
    newTrialMax = trialMax;
  }

  public void saveLocal() {
    FacesFeedback.attempt(
        "rules-form",
        () -> {
          rules.changeLocal(draft(), start());
          FacesFeedback.info("message.saved");
          load();
        });
  }

  public void saveProvincial() {
    FacesFeedback.attempt(
        "rules-form",
        () -> {
          rules.changeProvincial(draft(), start());
          FacesFeedback.info("message.saved");
          load();
        });
  }

  private RulesDraft draft() {
    Map<String, Integer> days = new LinkedHashMap<>();
    limits.forEach(limit -> days.put(limit.getStep().name(), limit.getWorkingDays()));
    return new RulesDraft(days, newTrialMin, newTrialMax);
  }

  /** The start of the chosen day in Beijing, or now when none is chosen. */
  private Instant start() {
    return effectiveFrom == null ? null : effectiveFrom.atStartOfDay(Clocks.ZONE).toInstant();
  }

  public List<RuleInForce> getInForce() {
    return inForce;
  }

  public int getTrialMin() {
    return trialMin;
  }

  public int getTrialMax() {
    return trialMax;
  }

  public String getTrialSource() {
    return trialSource;
  }

  public List<Limit> getLimits() {
    return limits;
  }

  public Integer getNewTrialMin() {
    return newTrialMin;
  }

  public void setNewTrialMin(Integer newTrialMin) {
    this.newTrialMin = newTrialMin;
  }

  public Integer getNewTrialMax() {
    return newTrialMax;
  }

  public void setNewTrialMax(Integer newTrialMax) {
    this.newTrialMax = newTrialMax;
  }

  public LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }

  public void setEffectiveFrom(LocalDate effectiveFrom) {
    this.effectiveFrom = effectiveFrom;
  }
}
