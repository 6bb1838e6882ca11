package cn.gov.zj.cloud.domain.attachment;

import cn.gov.zj.cloud.domain.validation.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Art. 7, 9: writes an upload to a spool file with the size cap enforced while writing, so that a
 * refused or broken upload leaves nothing behind.
 */
public final class Spool {

  private Spool() {}

  /**
   * The upload in a new file of {@code dir} (owner-only where the file system allows), with its
   * size and SHA-256.
   *
   * <p>When more than {@code maxBytes} arrive, writing stops, the file is deleted and the upload is
   * refused ({@link InvalidInputException} on {@code file}); on any I/O failure the file is deleted
   * too. The stream is read to its end or to the cap, never closed: it belongs to the caller.
   */
  public static Spooled write(InputStream upload, Path dir, long maxBytes) throws IOException {
    Path file = Files.createTempFile(dir, "upload-", ".part");
    try {
      Measured measured;
      try (OutputStream out = Files.newOutputStream(file)) {
        measured = Measured.copy(upload, out, maxBytes);
      }
      return new Spooled(file, measured.size(), measured.sha256Hex());
    } catch (IOException | RuntimeException | Error e) {
      deleteAfter(e, file);
      throw e;
    }
  }

  private static void deleteAfter(Throwable cause, Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      cause.addSuppressed(e);
    }
  }
}
