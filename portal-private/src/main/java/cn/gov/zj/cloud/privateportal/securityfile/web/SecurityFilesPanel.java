package cn.gov.zj.cloud.privateportal.securityfile.web;

import cn.gov.zj.cloud.domain.calendar.BeijingTime;
import cn.gov.zj.cloud.privateportal.securityfile.SecurityFile;
import cn.gov.zj.cloud.privateportal.securityfile.SecurityFileOwner;
import cn.gov.zj.cloud.privateportal.securityfile.SecurityFiles;
import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import cn.gov.zj.cloud.privateportal.web.SheetDownload;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import org.primefaces.model.StreamedContent;

/**
 * Art. 17, 19: the files of one security item on its page ({@code
 * WEB-INF/includes/security-files.xhtml}): the list with downloads (audited by the service) and,
 * for the roles that upload to it, one file at a time, refused beside {@code file}.
 */
public class SecurityFilesPanel implements Serializable {

  private static final long serialVersionUID = 1L;

  private final SecurityFiles files;
  private final SecurityFileOwner owner;
  private final long ownerId;
  private final boolean uploader;
  private transient List<SecurityFile> items;
  private transient Part file;

  /** The panel of item {@code ownerId}; {@code uploader}: whether the viewer may upload now. */
  public SecurityFilesPanel(
      SecurityFiles files, SecurityFileOwner owner, long ownerId, boolean uploader) {
    this.files = files;
    this.owner = owner;
    this.ownerId = ownerId;
    this.uploader = uploader;
  }

  public List<SecurityFile> getItems() {
    if (items == null) {
      items = files.of(owner, ownerId);
    }
    return items;
  }

  /** Stores the chosen file under the item; its refusal is shown beside the field. */
  public void upload(String formId) {
    try (InputStream content = file == null || file.getSize() == 0 ? null : file.getInputStream()) {
      String name = file == null ? null : file.getSubmittedFileName();
      FacesFeedback.attempt(
          formId,
          () -> {
            files.upload(owner, ownerId, name, content);
            FacesFeedback.info("attachment.uploaded");
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    file = null;
    items = null;
  }

  /** The bytes of one of the item's files, the download audited. */
  public StreamedContent download(long fileId) {
    SecurityFiles.Download download = files.download(owner, ownerId, fileId);
    try {
      return SheetDownload.of(
          download.file().fileName(),
          download.file().contentType(),
          Files.readAllBytes(download.path()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A file's upload time as the pages show it. */
  public String uploadedAt(SecurityFile item) {
    return BeijingTime.minutes(item.uploadedAt());
  }

  public boolean isUploader() {
    return uploader;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
