package cn.gov.zj.cloud.privateportal.securityfile;

import java.time.Instant;

/** Art. 17, 19: a stored file of a security item, its bytes in the file store under its SHA-256. */
public record SecurityFile(
    long id,
    SecurityFileOwner owner,
    long ownerId,
    String fileName,
    String contentType,
    long size,
    String sha256,
    String uploadedBy,
    Instant uploadedAt) {}
