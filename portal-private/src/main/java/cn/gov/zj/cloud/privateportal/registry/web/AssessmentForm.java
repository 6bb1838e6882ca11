package cn.gov.zj.cloud.privateportal.registry.web;

import cn.gov.zj.cloud.domain.registry.CnasAssessment;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.registry.Assessment;
import cn.gov.zj.cloud.privateportal.registry.Assessments;
import cn.gov.zj.cloud.privateportal.registry.Systems;
import cn.gov.zj.cloud.privateportal.security.AccessDenied;
import cn.gov.zj.cloud.privateportal.tenant.NotFound;
import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import cn.gov.zj.cloud.privateportal.web.PartUpload;
import cn.gov.zj.cloud.privateportal.web.PortalPage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * Art. 18, Art. 9: the system page's third-party (CNAS) assessment: shown when recorded, a warning
 * when a system of level 3 or above has none, and the unit's staff record it here.
 */
@Named
@ViewScoped
public class AssessmentForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Assessments assessments;
  @Inject private Systems systems;
  @Inject private PortalPage page;

  private Long id;
  private Assessment assessment;
  private boolean missing;
  private String institution;
  private String reportNo;
  private LocalDate reportDate;
  private String conclusion;
  private transient Part report;

  /** Loads the system's assessment; what the actor may not see shows nothing. */
  public void load() {
    try {
      if (id != null) {
        assessment = assessments.of(id).orElse(null);
        missing = assessments.missing(systems.get(id));
      }
    } catch (NotFound | AccessDenied e) {
      assessment = null;
    }
  }

  /** Art. 18: records the assessment; the page then shows it. */
  public void record() {
    CnasAssessment.Draft draft =
        new CnasAssessment.Draft(institution, reportNo, reportDate, conclusion);
    RegistryFeedback.attempt(
        "assessment-form",
        () -> {
          assessments.record(id, draft, new Violations());
          FacesFeedback.savedAndRedirect(page.path("system?id=" + id));
        });
  }

  /**
   * Art. 18: attaches the chosen report file to the recorded assessment and shows the system page
   * again (a new request: the page's record is read on GET); a refused file is named beside it.
   */
  public void upload() {
    if (PartUpload.send(
        report,
        "assessment-upload-form",
        (name, content) -> assessments.attach(id, name, content))) {
      FacesFeedback.keepAndRedirect(page.path("system?id=" + id));
    }
  }

  public Part getReport() {
    return report;
  }

  public void setReport(Part report) {
    this.report = report;
  }

  /** The unit's staff record the assessment. */
  public boolean isRecorder() {
    return page.getActor().hasAny(Role.UNIT_APPLICANT, Role.UNIT_SECURITY_OFFICER);
  }

  public Assessment getAssessment() {
    return assessment;
  }

  public boolean isMissing() {
    return missing;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getInstitution() {
    return institution;
  }

  public void setInstitution(String institution) {
    this.institution = institution;
  }

  public String getReportNo() {
    return reportNo;
  }

  public void setReportNo(String reportNo) {
    this.reportNo = reportNo;
  }

  public LocalDate getReportDate() {
    return reportDate;
  }

  public void setReportDate(LocalDate reportDate) {
    this.reportDate = reportDate;
  }

  public String getConclusion() {
    return conclusion;
  }

  public void setConclusion(String conclusion) {
    this.conclusion = conclusion;
  }
}
