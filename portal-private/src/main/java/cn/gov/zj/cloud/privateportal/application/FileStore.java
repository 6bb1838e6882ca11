package cn.gov.zj.cloud.privateportal.application;

import cn.gov.zj.cloud.domain.attachment.Spooled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Art. 7, 9: where the bytes of accepted attachments live: {@code <ZJ_FILES_DIR>/<tenant>/<first
 * two hex digits>/<sha256>}, written once and synced to disk before the row that names them
 * commits. The same content stored twice is one file; a file whose row never committed is
 * unreachable.
 */
@ApplicationScoped
public class FileStore {

  private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");
  private static final Pattern TENANT = Pattern.compile("[a-z][a-z0-9-]{0,31}");

  @Inject
  @ConfigProperty(name = "ZJ_FILES_DIR", defaultValue = " ")
  String configured;

  /** The directory uploads are spooled to, on the same file system as the store. */
  public Path spoolDirectory() {
    return directory(root().resolve("spool"));
  }

  /**
   * Keeps an accepted upload under its SHA-256; the spool file is moved, not copied. Issue 15: when
   * the move's directory cannot be synced (a full disk), the moved file goes again, so that no file
   * stays behind whose row will not commit.
   */
  public void keep(String tenant, Spooled upload) {
    Path target = path(tenant, upload.sha256Hex());
    try {
      sync(upload.file());
      directory(target.getParent());
      Files.move(upload.file(), target, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException e) {
      return; // the same bytes are stored already; the spool file goes when the upload is closed
    } catch (IOException e) {
      throw new UncheckedIOException("cannot store an attachment", e);
    }
    try {
      sync(target.getParent());
    } catch (IOException e) {
      try {
        Files.deleteIfExists(target);
      } catch (IOException again) {
        e.addSuppressed(again);
      }
      throw new UncheckedIOException("cannot store an attachment", e);
    }
  }

  /** The stored file of a tenant's content. */
  public Path path(String tenant, String sha256Hex) {
    if (!TENANT.matcher(tenant).matches() || !SHA_256.matcher(sha256Hex).matches()) {
      throw new IllegalArgumentException("not a stored attachment: " + tenant + "/" + sha256Hex);
    }
    return root().resolve(tenant).resolve(sha256Hex.substring(0, 2)).resolve(sha256Hex);
  }

  private Path root() {
    String dir = configured == null || configured.isBlank() ? null : configured.strip();
    return dir != null
        ? Path.of(dir)
        : Path.of(System.getProperty("java.io.tmpdir"), "zjzwy-files");
  }

  private static Path directory(Path dir) {
    try {
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dir, e);
    }
  }

  private static void sync(Path path) throws IOException {
    StandardOpenOption mode =
        Files.isDirectory(path) ? StandardOpenOption.READ : StandardOpenOption.WRITE;
    try (FileChannel channel = FileChannel.open(path, mode)) {
      channel.force(true);
    }
  }
}
