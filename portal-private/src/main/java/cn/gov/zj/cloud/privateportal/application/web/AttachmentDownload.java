package cn.gov.zj.cloud.privateportal.application.web;

import cn.gov.zj.cloud.privateportal.access.AccessRefused;
import cn.gov.zj.cloud.privateportal.application.ApplicationAttachment;
import cn.gov.zj.cloud.privateportal.application.Attachments;
import cn.gov.zj.cloud.privateportal.security.AccessDenied;
import cn.gov.zj.cloud.privateportal.tenant.NotFound;
import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import cn.gov.zj.cloud.privateportal.web.FileResponse;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Art. 6, 7: an attachment's bytes for the pages ({@code /t/<tenant>/download?application=&file=}),
 * through the service so that the download is access-checked and audited; always as a download,
 * never sniffed. What the viewer may not see is a 404.
 */
@Named
@RequestScoped
public class AttachmentDownload {

  @Inject private Attachments attachments;

  private Long application;
  private Long file;

  public void send() {
    Attachments.Download download;
    try {
      if (application == null || file == null) {
        throw new NotFound("attachment", "none");
      }
      download = attachments.download(application, file);
    } catch (NotFound | AccessDenied e) {
      FacesFeedback.sendError(404);
      return;
    } catch (AccessRefused e) {
      FacesFeedback.sendError(403);
      return;
    }
    ApplicationAttachment stored = download.attachment();
    FileResponse.send(
        stored.getFileName(), stored.getContentType(), stored.getSizeBytes(), download.file());
  }

  public Long getApplication() {
    return application;
  }

  public void setApplication(Long application) {
    this.application = application;
  }

  public Long getFile() {
    return file;
  }

  public void setFile(Long file) {
    this.file = file;
  }
}
