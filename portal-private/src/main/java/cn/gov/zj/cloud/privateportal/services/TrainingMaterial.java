package cn.gov.zj.cloud.privateportal.services;

import java.io.Serializable;
import java.time.Instant;

/**
 * Art. 14: a file of a training session's materials, accepted by its content as an application's
 * files are; its bytes are in the file store under {@code sha256}.
 */
public record TrainingMaterial(
    long id,
    long sessionId,
    String fileName,
    String contentType,
    long sizeBytes,
    String sha256,
    String uploadedBy,
    Instant uploadedAt)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The size in whole KB, rounded up. */
  public long sizeKb() {
    return (sizeBytes + 1023) / 1024;
  }
}
