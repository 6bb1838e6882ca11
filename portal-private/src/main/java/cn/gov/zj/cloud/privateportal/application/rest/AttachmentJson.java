package cn.gov.zj.cloud.privateportal.application.rest;

import static cn.gov.zj.cloud.privateportal.rest.JsonFactory.JSON;

import cn.gov.zj.cloud.privateportal.application.ApplicationAttachment;
import jakarta.json.JsonObjectBuilder;

/** Art. 7, 9: an attachment as REST shows it: what it is, its size, its SHA-256 and who gave it. */
final class AttachmentJson {

  private AttachmentJson() {}

  static JsonObjectBuilder of(ApplicationAttachment file) {
    return JSON.createObjectBuilder()
        .add("id", file.getId())
        .add("applicationId", file.getApplicationId())
        .add("kind", file.getKind().name())
        .add("fileName", file.getFileName())
        .add("contentType", file.getContentType())
        .add("size", file.getSizeBytes())
        .add("sha256", file.getSha256())
        .add("nameMismatch", file.isNameMismatch())
        .add("uploadedBy", file.getUploadedBy())
        .add("uploadedAt", file.getUploadedAt().toString());
  }
}
