package cn.gov.zj.cloud.launcher.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The data directory a restore writes into. A restore never mixes a backup with what is there: it
 * refuses while PostgreSQL runs on the directory, and refuses a directory whose parts already hold
 * data unless told to replace them; then they are moved aside ({@code pg.before-restore-<time>}),
 * never deleted.
 *
 * @param dataDirectory the stack's {@code data} directory
 */
public record RestoreTarget(Path dataDirectory) {

  /** The parts of the data directory a backup holds, in the backup's layout too. */
  public static final List<String> PARTS = List.of("pg", "files", "secrets", "keys");

  private static final DateTimeFormatter ASIDE = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  /**
   * Makes the data directory ready for a restore.
   *
   * @param replace move parts that hold data aside instead of refusing
   * @throws IllegalStateException when PostgreSQL runs on it, or a part holds data and not {@code
   *     replace}
   */
  public List<Path> prepare(boolean replace, Clock clock) {
    if (Files.exists(dataDirectory.resolve("pg").resolve("postmaster.pid"))) {
      throw new IllegalStateException(
          "PostgreSQL is running on "
              + dataDirectory.resolve("pg")
              + " (postmaster.pid): stop the stack before restoring");
    }
    List<Path> occupied =
        PARTS.stream()
            .map(dataDirectory::resolve)
            .filter(part -> !Directories.isEmpty(part))
            .toList();
    if (!occupied.isEmpty() && !replace) {
      throw new IllegalStateException(
          "the restore target is not empty: "
              + occupied
              + "; restore into an empty data directory, or replace them (ops/restore --replace),"
              + " which moves them aside");
    }
    String suffix = ".before-restore-" + LocalDateTime.now(clock).format(ASIDE);
    return occupied.stream().map(part -> moveAside(part, suffix)).toList();
  }

  private static Path moveAside(Path part, String suffix) {
    Path aside = part.resolveSibling(part.getFileName() + suffix);
    try {
      return Files.move(part, aside);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot move " + part + " aside", e);
    }
  }
}
