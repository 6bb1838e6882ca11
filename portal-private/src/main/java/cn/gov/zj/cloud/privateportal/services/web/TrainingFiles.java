package cn.gov.zj.cloud.privateportal.services.web;

import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.privateportal.rest.Conflict;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import cn.gov.zj.cloud.privateportal.services.TrainingMaterial;
import cn.gov.zj.cloud.privateportal.services.TrainingMaterials;
import cn.gov.zj.cloud.privateportal.web.PartUpload;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.List;

/**
 * Art. 14: the session's material files on its page: the provider uploads them while the session is
 * not cancelled; the provider, the department, the tenant's administrator and the staff of the
 * registered units download them (other unit staff are told to register first).
 */
@Named
@ViewScoped
public class TrainingFiles implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "material-upload-form";

  @Inject private TrainingPage page;
  @Inject private TrainingMaterials materials;
  @Inject private CurrentActor actor;

  private List<TrainingMaterial> files;
  private boolean closed;
  private transient Part file;

  public List<TrainingMaterial> getFiles() {
    if (files == null) {
      try {
        files = page.getSession() == null ? List.of() : materials.of(page.getId());
      } catch (Conflict e) {
        closed = true;
        files = List.of();
      }
    }
    return files;
  }

  /** Art. 14: unit staff whose unit has not registered see no files. */
  public boolean isClosed() {
    getFiles();
    return closed;
  }

  /** Art. 14: the provider adds files to a session not cancelled. */
  public boolean isUploadOpen() {
    return page.getSession() != null
        && !page.getSession().cancelled()
        && actor.get().has(Role.PROVIDER_OPERATOR);
  }

  /** Stores the chosen file; the list again, or the refusal beside the input. */
  public void upload() {
    if (PartUpload.send(
        file, FORM, (name, content) -> materials.upload(page.getId(), name, content))) {
      files = null;
      file = null;
    }
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
