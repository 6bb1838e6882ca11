package cn.gov.zj.cloud.domain.attachment;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Art. 7, 9: an accepted upload: its kind by content, its size in bytes and its SHA-256 (64 lower
 * case hex digits), as recorded with the attachment; {@code declaredMismatch} when the name the
 * user gave does not end in an extension of that kind (allowed, and shown to the reviewer).
 */
public record CheckedAttachment(
    ContentType type, long size, String sha256Hex, boolean declaredMismatch) {

  /** The bundle key that tells the reviewer of a mismatch; its argument is {@code type()}. */
  public static final String DECLARED_MISMATCH = "attachment.file.declaredMismatch";

  private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

  public CheckedAttachment {
    Objects.requireNonNull(type, "type");
    if (size < 1) {
      throw new IllegalArgumentException("an attachment has at least one byte: " + size);
    }
    if (sha256Hex == null || !SHA_256.matcher(sha256Hex).matches()) {
      throw new IllegalArgumentException("not a lower case SHA-256 in hex: " + sha256Hex);
    }
  }
}
