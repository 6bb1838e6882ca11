package cn.gov.zj.cloud.privateportal.services.web;

import cn.gov.zj.cloud.privateportal.rest.Conflict;
import cn.gov.zj.cloud.privateportal.security.AccessDenied;
import cn.gov.zj.cloud.privateportal.services.TrainingMaterial;
import cn.gov.zj.cloud.privateportal.services.TrainingMaterials;
import cn.gov.zj.cloud.privateportal.tenant.NotFound;
import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import cn.gov.zj.cloud.privateportal.web.FileResponse;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Art. 14: a training material's bytes for the session page ({@code
 * /t/<tenant>/training-file?session=&file=}), through the service, so that the download is
 * access-checked and audited: 404 for what the viewer may not see, 403 before registering.
 */
@Named
@RequestScoped
public class TrainingFileDownload {

  @Inject private TrainingMaterials materials;

  private Long session;
  private Long file;

  public void send() {
    TrainingMaterials.Download download;
    try {
      if (session == null || file == null) {
        throw new NotFound("material", "none");
      }
      download = materials.download(session, file);
    } catch (NotFound e) {
      FacesFeedback.sendError(404);
      return;
    } catch (AccessDenied | Conflict e) {
      FacesFeedback.sendError(403);
      return;
    }
    TrainingMaterial stored = download.material();
    FileResponse.send(stored.fileName(), stored.contentType(), stored.sizeBytes(), download.file());
  }

  public Long getSession() {
    return session;
  }

  public void setSession(Long session) {
    this.session = session;
  }

  public Long getFile() {
    return file;
  }

  public void setFile(Long file) {
    this.file = file;
  }
}
