package cn.gov.zj.cloud.privateportal.application.web;

import cn.gov.zj.cloud.domain.calendar.BeijingTime;
import cn.gov.zj.cloud.privateportal.application.ApplicationAttachment;
import java.io.Serializable;

/**
 * Art. 7, 9: an attachment as the pages list it, for the reviewer to check beside the decision: its
 * kind, name, size, who gave it and when, and whether its name's extension fits its content.
 */
public record AttachmentItem(
    long id,
    String kindKey,
    String fileName,
    long sizeBytes,
    String uploadedBy,
    String uploadedAt,
    boolean nameMismatch)
    implements Serializable {

  static AttachmentItem of(ApplicationAttachment file) {
    return new AttachmentItem(
        file.getId(),
        file.getKind().nameKey(),
        file.getFileName(),
        file.getSizeBytes(),
        file.getUploadedBy(),
        BeijingTime.minutes(file.getUploadedAt()),
        file.isNameMismatch());
  }

  /** The size in KB, at least 1. */
  public long sizeKb() {
    return Math.max(1, (sizeBytes + 1023) / 1024);
  }
}
