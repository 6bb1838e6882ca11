package cn.gov.zj.cloud.privateportal.bulletin.web;

import cn.gov.zj.cloud.domain.bulletin.SecurityCompliance;
import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.privateportal.bulletin.DrillDraft;
import cn.gov.zj.cloud.privateportal.bulletin.DrillView;
import cn.gov.zj.cloud.privateportal.bulletin.Drills;
import cn.gov.zj.cloud.privateportal.bulletin.SecurityDuties;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import cn.gov.zj.cloud.privateportal.securityfile.SecurityFileOwner;
import cn.gov.zj.cloud.privateportal.securityfile.SecurityFiles;
import cn.gov.zj.cloud.privateportal.securityfile.web.SecurityFilesPanel;
import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Art. 19: 应急演练 + 合规情况: a year's months with or without their bulletin (missing ones flagged),
 * whether the drill was held, the drills recorded (here, by the provider).
 */
@Named
@ViewScoped
public class CompliancePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SecurityDuties duties;
  @Inject private Drills drills;
  @Inject private SecurityFiles securityFiles;
  @Inject private CurrentActor actor;
  @Inject private Clock clock;

  private int year;
  private transient SecurityCompliance compliance;
  private transient List<DrillView> held;

  private SecurityFilesPanel report;
  private String scenario;
  private LocalDate heldOn;
  private String participants;
  private String result;

  @PostConstruct
  void init() {
    year = OfficialCalendar.dateOf(clock.instant()).getYear();
  }

  public void changed() {
    compliance = null;
    held = null;
    report = null;
  }

  /** Art. 19: shows the report files of drill {@code drillId} below the drills. */
  public void select(long drillId) {
    report = new SecurityFilesPanel(securityFiles, SecurityFileOwner.DRILL, drillId, isRecorder());
  }

  /** Art. 19: the selected drill's report files (the provider uploads them); null: none chosen. */
  public SecurityFilesPanel getReport() {
    return report;
  }

  public void record() {
    FacesFeedback.attempt(
        "drill-form",
        () -> {
          drills.record(new DrillDraft(year, scenario, heldOn, participants, result));
          FacesFeedback.info("drill.recorded", year);
          scenario = null;
          heldOn = null;
          participants = null;
          result = null;
          changed();
        });
  }

  public SecurityCompliance getCompliance() {
    if (compliance == null) {
      compliance = duties.of(year);
    }
    return compliance;
  }

  public List<DrillView> getDrills() {
    if (held == null) {
      held = drills.list(year);
    }
    return held;
  }

  public List<Integer> getYears() {
    int now = OfficialCalendar.dateOf(clock.instant()).getYear();
    return IntStream.rangeClosed(SecurityDuties.FIRST_YEAR, now + 1)
        .boxed()
        .sorted((a, b) -> b - a)
        .toList();
  }

  public boolean isRecorder() {
    return actor.get().has(Role.PROVIDER_OPERATOR);
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public String getScenario() {
    return scenario;
  }

  public void setScenario(String scenario) {
    this.scenario = scenario;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public void setHeldOn(LocalDate heldOn) {
    this.heldOn = heldOn;
  }

  public String getParticipants() {
    return participants;
  }

  public void setParticipants(String participants) {
    this.participants = participants;
  }

  public String getResult() {
    return result;
  }

  public void setResult(String result) {
    this.result = result;
  }
}
