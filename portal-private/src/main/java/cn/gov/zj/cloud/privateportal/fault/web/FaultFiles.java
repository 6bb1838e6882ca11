package cn.gov.zj.cloud.privateportal.fault.web;

import cn.gov.zj.cloud.domain.fault.FaultState;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.privateportal.fault.FaultAttachment;
import cn.gov.zj.cloud.privateportal.fault.FaultAttachments;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import cn.gov.zj.cloud.privateportal.web.PartUpload;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.List;

/**
 * Art. 13: the files of the fault on its page: everyone who sees the fault lists and downloads
 * them; the unit's staff and the provider add one while the fault is not closed, checked by content
 * as an application's materials are (a refused file is named beside its input, nothing kept).
 */
@Named
@ViewScoped
public class FaultFiles implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "fault-upload-form";

  @Inject private FaultView view;
  @Inject private FaultAttachments attachments;
  @Inject private CurrentActor actor;

  private List<FaultAttachment> files;
  private transient Part file;

  public List<FaultAttachment> getFiles() {
    if (files == null) {
      files = view.getFault() == null ? List.of() : attachments.of(view.getId());
    }
    return files;
  }

  /** Art. 13: who may add a file now: the unit's staff and the provider, until it is closed. */
  public boolean isUploadOpen() {
    return view.getFault() != null
        && view.getFault().getState() != FaultState.CLOSED
        && actor
            .get()
            .hasAny(Role.UNIT_APPLICANT, Role.UNIT_SECURITY_OFFICER, Role.PROVIDER_OPERATOR);
  }

  /** Stores the chosen file under the fault; the list again, or the refusal beside the input. */
  public void upload() {
    if (PartUpload.send(
        file, FORM, (name, content) -> attachments.upload(view.getId(), name, content))) {
      files = null;
      file = null;
    }
  }

  /** The file's size in whole KB, rounded up. */
  public long kb(FaultAttachment attachment) {
    return (attachment.getSizeBytes() + 1023) / 1024;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
