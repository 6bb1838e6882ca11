package cn.gov.zj.cloud.privateportal.fault.web;

import cn.gov.zj.cloud.privateportal.fault.FaultAttachment;
import cn.gov.zj.cloud.privateportal.fault.FaultAttachments;
import cn.gov.zj.cloud.privateportal.security.AccessDenied;
import cn.gov.zj.cloud.privateportal.tenant.NotFound;
import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import cn.gov.zj.cloud.privateportal.web.FileResponse;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Art. 13: a fault attachment's bytes for the fault page ({@code
 * /t/<tenant>/fault-file?fault=&file=}), through the service, so that the download is
 * access-checked and audited. What the viewer may not see is a 404; a role that sees no faults 403.
 */
@Named
@RequestScoped
public class FaultFileDownload {

  @Inject private FaultAttachments attachments;

  private Long fault;
  private Long file;

  public void send() {
    FaultAttachments.Download download;
    try {
      if (fault == null || file == null) {
        throw new NotFound("attachment", "none");
      }
      download = attachments.download(fault, file);
    } catch (NotFound e) {
      FacesFeedback.sendError(404);
      return;
    } catch (AccessDenied e) {
      FacesFeedback.sendError(403);
      return;
    }
    FaultAttachment stored = download.attachment();
    FileResponse.send(
        stored.getFileName(), stored.getContentType(), stored.getSizeBytes(), download.file());
  }

  public Long getFault() {
    return fault;
  }

  public void setFault(Long fault) {
    this.fault = fault;
  }

  public Long getFile() {
    return file;
  }

  public void setFile(Long file) {
    this.file = file;
  }
}
