package cn.gov.zj.cloud.privateportal.application.web;

import cn.gov.zj.cloud.privateportal.access.AccessRefused;
import cn.gov.zj.cloud.privateportal.application.ApplicationAttachment;
import cn.gov.zj.cloud.privateportal.application.Attachments;
import cn.gov.zj.cloud.privateportal.security.AccessDenied;
import cn.gov.zj.cloud.privateportal.tenant.NotFound;
import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

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
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext response = faces.getExternalContext();
    ApplicationAttachment stored = download.attachment();
    String name =
        URLEncoder.encode(stored.getFileName(), StandardCharsets.UTF_8).replace("+", "%20");
    response.responseReset();
    response.setResponseContentType(stored.getContentType());
    response.setResponseContentLength((int) stored.getSizeBytes());
    response.setResponseHeader("Content-Disposition", "attachment; filename*=UTF-8''" + name);
    response.setResponseHeader("X-Content-Type-Options", "nosniff");
    response.setResponseHeader("Cache-Control", "private, no-store");
    try (OutputStream out = response.getResponseOutputStream()) {
      Files.copy(download.file(), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
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
