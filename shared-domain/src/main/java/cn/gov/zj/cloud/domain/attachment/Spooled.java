package cn.gov.zj.cloud.domain.attachment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An upload written to a spool file by {@link Spool}, with the size and SHA-256 taken while
 * writing.
 *
 * <p>Closing deletes the spool file if it is still there: to keep an accepted upload, move {@link
 * #file()} into storage inside the try-with-resources block; anything refused or failed is gone
 * when the block ends.
 */
public record Spooled(Path file, long size, String sha256Hex) implements AutoCloseable {

  @Override
  public void close() throws IOException {
    Files.deleteIfExists(file);
  }
}
