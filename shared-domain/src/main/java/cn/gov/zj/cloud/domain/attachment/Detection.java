package cn.gov.zj.cloud.domain.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kind of a file from its first bytes, and for containers from their directory: the name and
 * the declared media type play no part.
 */
final class Detection {

  private static final byte[] PDF = ascii("%PDF-");
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final byte[] PNG_IHDR = ascii("IHDR");
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] GIF87 = ascii("GIF87a");
  private static final byte[] GIF89 = ascii("GIF89a");
  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final int HEAD = 16;

  private Detection() {}

  /** The allowed kind of the file, or empty when it is none of them. */
  static Optional<ContentType> of(Path file) throws IOException {
    byte[] head = head(file);
    if (startsWith(head, 0, PDF)) {
      return Optional.of(ContentType.PDF);
    }
    if (startsWith(head, 0, PNG) && startsWith(head, 12, PNG_IHDR)) {
      return Optional.of(ContentType.PNG);
    }
    if (startsWith(head, 0, JPEG)) {
      return Optional.of(ContentType.JPEG);
    }
    if (startsWith(head, 0, GIF87) || startsWith(head, 0, GIF89)) {
      return Optional.of(ContentType.GIF);
    }
    if (startsWith(head, 0, CompoundFile.MAGIC)) {
      return CompoundFile.kind(file);
    }
    if (startsWith(head, 0, ZIP)) {
      return ZipContent.kind(file);
    }
    return Optional.empty();
  }

  private static byte[] head(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(HEAD);
    }
  }

  private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
    return bytes.length >= offset + prefix.length
        && Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
