package cn.gov.zj.cloud.domain.attachment;

import cn.gov.zj.cloud.domain.validation.FieldError;
import cn.gov.zj.cloud.domain.validation.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Art. 7, 9: an attachment is accepted by its content (PDF, Office, OpenDocument, PNG, JPEG, GIF,
 * ZIP), never by its name, at most {@link #MAX_BYTES} and not empty; its SHA-256 is recorded.
 *
 * <p>Refusals are {@link InvalidInputException}s on the field {@value #FIELD}. This class deletes
 * nothing: a refused upload is deleted by closing its {@link Spooled}, which the portal does with
 * try-with-resources around {@link Spool#write} and {@link #check(Spooled, String)}.
 */
public final class AttachmentCheck {

  /** Art. 7: 50 MB at most for each file. */
  public static final long MAX_BYTES = 50L * 1024 * 1024;

  /** The multipart part and the field that refusals name. */
  public static final String FIELD = "file";

  private static final double MB = 1024d * 1024d;

  private final long maxBytes;

  public AttachmentCheck() {
    this(MAX_BYTES);
  }

  /** A check with another cap, for tests. */
  public AttachmentCheck(long maxBytes) {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("the cap is at least one byte: " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  public long maxBytes() {
    return maxBytes;
  }

  /** Art. 7, 9: the kind of a spooled upload, with the size and SHA-256 taken while spooling. */
  public CheckedAttachment check(Spooled upload, String declaredName) throws IOException {
    return checked(upload.file(), upload.size(), upload.sha256Hex(), declaredName);
  }

  /**
   * Art. 7, 9: the same check for a file already on disk (size and SHA-256 in one streaming pass);
   * the caller deletes the file when it is refused.
   */
  public CheckedAttachment check(Path file, String declaredName) throws IOException {
    if (Files.size(file) > maxBytes) {
      throw tooLarge(maxBytes);
    }
    Measured measured;
    try (InputStream in = Files.newInputStream(file)) {
      measured = Measured.copy(in, OutputStream.nullOutputStream(), maxBytes);
    }
    return checked(file, measured.size(), measured.sha256Hex(), declaredName);
  }

  private CheckedAttachment checked(Path file, long size, String sha256Hex, String declaredName)
      throws IOException {
    if (size > maxBytes) {
      throw tooLarge(maxBytes);
    }
    if (size == 0) {
      throw refusal("attachment.file.empty");
    }
    ContentType type =
        Detection.of(file)
            .orElseThrow(
                () -> refusal("attachment.file.typeNotAllowed", ContentType.allowedList()));
    boolean mismatch = declaredName != null && !type.fitsName(declaredName);
    return new CheckedAttachment(type, size, sha256Hex, mismatch);
  }

  /** Art. 7: the file passes the cap, given in MB. */
  static InvalidInputException tooLarge(long maxBytes) {
    return refusal("attachment.file.tooLarge", maxBytes / MB);
  }

  static InvalidInputException refusal(String key, Object... arguments) {
    return new InvalidInputException(List.of(FieldError.of(FIELD, key, arguments)));
  }
}
