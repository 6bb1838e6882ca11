package cn.gov.zj.cloud.launcher.backup;

import cn.gov.zj.cloud.launcher.StackSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * {@code ops/restore <backup>}: puts a backup made by {@link Backup} into the stack's data
 * directory while the stack is stopped. Every file is checked against the manifest before anything
 * is written, and every attachment again against its SHA-256 while copied; the target must be empty
 * ({@link RestoreTarget}). On its next start PostgreSQL replays the backup's WAL and has the three
 * databases as they were at the end of the backup.
 */
public final class Restore {

  /** System property: replace a data directory that holds data (moved aside, never deleted). */
  public static final String REPLACE_PROPERTY = "zj.restore.replace";

  private Restore() {}

  /**
   * What a restore wrote.
   *
   * @param movedAside what was in the target before, now beside it
   */
  public record Report(
      BackupManifest manifest, AttachmentCopy attachments, List<Path> movedAside, Duration took) {

    public String summary() {
      return "  restored    %,d files %,d bytes, %,d attachments (SHA-256 checked) in %.1f s%n"
              .formatted(
                  manifest.entries().size(),
                  manifest.bytes(),
                  attachments.files(),
                  took.toMillis() / 1000.0)
          + (movedAside.isEmpty() ? "" : "  moved aside " + movedAside + "%n".formatted());
    }
  }

  /**
   * Restores {@code backup} into {@code dataDirectory}.
   *
   * @throws IllegalArgumentException when the backup is damaged, altered or incomplete
   * @throws IllegalStateException when the target is in use or not empty (and not {@code replace})
   */
  public static Report run(Path backup, Path dataDirectory, boolean replace, Clock clock) {
    long started = System.nanoTime();
    BackupManifest manifest = BackupManifest.read(backup);
    List<String> problems = manifest.problems(backup);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "the backup in " + backup + " is not whole, nothing restored: " + problems);
    }
    List<Path> aside = new RestoreTarget(dataDirectory).prepare(replace, clock);
    Directories.ownerOnly(dataDirectory.resolve("pg"));
    Directories.copy(backup.resolve("pg"), dataDirectory.resolve("pg"));
    AttachmentCopy attachments =
        AttachmentCopy.copy(backup.resolve("files"), dataDirectory.resolve("files"));
    Directories.copy(backup.resolve("secrets"), dataDirectory.resolve("secrets"));
    Directories.copy(backup.resolve("keys"), dataDirectory.resolve("keys"));
    return new Report(manifest, attachments, aside, Duration.ofNanos(System.nanoTime() - started));
  }

  /**
   * {@code mvn -q install -DskipTests -Prestore -Dzj.backup.dir=<backup>} (ops/restore), into
   * {@code ./data}.
   */
  public static void main(String[] args) {
    String directory = System.getProperty(Backup.DIRECTORY_PROPERTY);
    if (directory == null || directory.isBlank()) {
      throw new IllegalArgumentException("name the backup: -D" + Backup.DIRECTORY_PROPERTY);
    }
    Path backup = Path.of(directory).toAbsolutePath().normalize();
    StackSettings settings = StackSettings.defaults();
    if (!settings.embeddedPostgres()) {
      throw new IllegalStateException(
          "ZJ_DB_HOST is set: restore the external PostgreSQL with its own tools (docs/runtime.md)");
    }
    Path data = settings.dataDirectory();
    Report report =
        run(backup, data, Boolean.getBoolean(REPLACE_PROPERTY), Clock.systemDefaultZone());
    System.out.println("恢复完成 Restored " + backup + " into " + data);
    System.out.print(report.summary());
  }
}
