package cn.gov.zj.cloud.privateportal.application.web;

import cn.gov.zj.cloud.domain.application.AttachmentKind;
import cn.gov.zj.cloud.privateportal.application.Attachments;
import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Art. 7, 9, 11, 12: the unit applicant's upload of one file with the kind chosen for it; the
 * service checks it by content and refuses it beside {@code kind} or {@code file}.
 */
public class AttachmentUpload implements Serializable {

  private static final long serialVersionUID = 1L;

  private final List<AttachmentKind> kinds;
  private AttachmentKind kind;
  private transient Part file;

  AttachmentUpload(List<AttachmentKind> kinds) {
    this.kinds = List.copyOf(kinds);
  }

  /** Stores the chosen file under the application; true when it was accepted. */
  boolean send(Attachments attachments, long applicationId, String formId) {
    boolean[] stored = {false};
    try (InputStream content = file == null || file.getSize() == 0 ? null : file.getInputStream()) {
      String name = file == null ? null : file.getSubmittedFileName();
      ApplicationFeedback.attempt(
          formId,
          () -> {
            attachments.upload(applicationId, kind == null ? null : kind.name(), name, content);
            stored[0] = true;
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (stored[0]) {
      FacesFeedback.info("attachment.uploaded");
      file = null;
    }
    return stored[0];
  }

  public List<AttachmentKind> getKinds() {
    return kinds;
  }

  public AttachmentKind getKind() {
    return kind;
  }

  public void setKind(AttachmentKind kind) {
    this.kind = kind;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
