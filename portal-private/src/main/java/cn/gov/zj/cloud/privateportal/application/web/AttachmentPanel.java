package cn.gov.zj.cloud.privateportal.application.web;

import cn.gov.zj.cloud.domain.application.Action;
import cn.gov.zj.cloud.domain.application.AttachmentKind;
import cn.gov.zj.cloud.privateportal.application.Attachments;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Art. 7, 9, 11, 12: the unit applicant's uploads on an application's pages while it is open: test
 * reports in the trial, materials for a change, the backup confirmation for a termination.
 */
@Named
@ViewScoped
public class AttachmentPanel implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ApplicationView view;
  @Inject private Attachments attachments;

  private AttachmentUpload upload = new AttachmentUpload(List.of(AttachmentKind.values()));

  /** Art. 7, 9, 11, 12: on an action's page, only the kinds that action's declaration takes. */
  public void offerFor(Action action) {
    if (action != null && action.input().takesMaterials()) {
      upload = new AttachmentUpload(List.copyOf(action.input().uploadable()));
    }
  }

  public void uploadFile() {
    if (upload.send(attachments, view.getId(), "upload-form")) {
      view.refresh();
    }
  }

  public AttachmentUpload getUpload() {
    return upload;
  }
}
