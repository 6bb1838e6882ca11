package cn.gov.zj.cloud.launcher.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Art. 7, 9, 13: copies the attachment store ({@code ZJ_FILES_DIR}, {@code <tenant>/<2
 * hex>/<sha256>}) by content hash. Every file's SHA-256 is computed while it is copied and must
 * equal its name, so that a damaged attachment stops the backup or the restore instead of being
 * carried along; {@code spool/} (uploads not yet accepted) and anything outside that layout are
 * left out and counted.
 *
 * @param files the attachments copied
 * @param bytes their total size
 * @param skipped files left out (spool, not the store's layout)
 */
public record AttachmentCopy(int files, long bytes, List<String> skipped) {

  private static final Pattern STORED =
      Pattern.compile("[a-z][a-z0-9-]{0,31}/([0-9a-f]{2})/(\\1[0-9a-f]{62})");

  public AttachmentCopy {
    skipped = List.copyOf(skipped);
  }

  /**
   * Copies every stored attachment under {@code store} to the same path under {@code target}; a
   * missing store is an empty one.
   *
   * @throws IllegalStateException naming a file whose content does not match its name
   */
  public static AttachmentCopy copy(Path store, Path target) {
    int files = 0;
    long bytes = 0;
    List<String> skipped = new ArrayList<>();
    for (Path file : Directories.files(store)) {
      String path = BackupManifest.relative(store, file);
      var stored = STORED.matcher(path);
      if (!stored.matches()) {
        skipped.add(path);
        continue;
      }
      bytes += copyChecked(file, target.resolve(path), stored.group(2));
      files++;
    }
    return new AttachmentCopy(files, bytes, skipped);
  }

  private static long copyChecked(Path from, Path to, String sha256) {
    try {
      Files.createDirectories(to.getParent());
      BackupManifest.Entry copied;
      try (InputStream in = Files.newInputStream(from);
          OutputStream out = Files.newOutputStream(to)) {
        copied = BackupManifest.copy(in, out);
      }
      if (!copied.sha256().equals(sha256)) {
        Files.delete(to);
        throw new IllegalStateException(
            "attachment " + from + " is damaged: its content's SHA-256 is " + copied.sha256());
      }
      return copied.size();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy attachment " + from, e);
    }
  }
}
