package cn.gov.zj.cloud.domain.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Size and SHA-256 of a stream, taken in the one pass that copies it, never held in memory. */
record Measured(long size, String sha256Hex) {

  private static final int BUFFER = 64 * 1024;

  /**
   * Copies {@code in} to {@code out}; refused with {@code attachment.file.tooLarge} as soon as more
   * than {@code maxBytes} have come, having written at most one buffer past the cap.
   */
  static Measured copy(InputStream in, OutputStream out, long maxBytes) throws IOException {
    MessageDigest sha256 = sha256();
    byte[] buffer = new byte[BUFFER];
    long size = 0;
    for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
      size += read;
      if (size > maxBytes) {
        throw AttachmentCheck.tooLarge(maxBytes);
      }
      sha256.update(buffer, 0, read);
      out.write(buffer, 0, read);
    }
    return new Measured(size, HexFormat.of().formatHex(sha256.digest()));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
