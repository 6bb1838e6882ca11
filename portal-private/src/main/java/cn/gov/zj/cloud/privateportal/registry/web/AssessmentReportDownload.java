package cn.gov.zj.cloud.privateportal.registry.web;

import cn.gov.zj.cloud.privateportal.registry.Assessments;
import cn.gov.zj.cloud.privateportal.security.AccessDenied;
import cn.gov.zj.cloud.privateportal.tenant.NotFound;
import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import cn.gov.zj.cloud.privateportal.web.FileResponse;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Art. 18: the CNAS report file of a system for its page ({@code
 * /t/<tenant>/assessment-report?system=}), through the service that checks who sees the system.
 * What the viewer may not see, or a system without a report, is a 404.
 */
@Named
@RequestScoped
public class AssessmentReportDownload {

  @Inject private Assessments assessments;

  private Long system;

  public void send() {
    Assessments.Download download;
    try {
      if (system == null) {
        throw new NotFound("assessment", "none");
      }
      download = assessments.report(system);
    } catch (NotFound | AccessDenied e) {
      FacesFeedback.sendError(404);
      return;
    }
    FileResponse.send(
        download.file().name(),
        download.file().contentType(),
        download.file().sizeBytes(),
        download.path());
  }

  public Long getSystem() {
    return system;
  }

  public void setSystem(Long system) {
    this.system = system;
  }
}
