package cn.gov.zj.cloud.launcher.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An online physical backup of the embedded PostgreSQL through SQL, as {@code pg_basebackup -X
 * stream} makes one (the embedded binaries have no {@code pg_basebackup}, and the machine's older
 * one refuses a newer server): on one superuser connection a temporary replication slot keeps the
 * WAL from now on, {@code pg_backup_start} checkpoints, the data directory is copied while the
 * stack keeps working, {@code pg_backup_stop} returns the backup label, and the WAL segments
 * written meanwhile are copied beside it. Started on that copy, PostgreSQL replays the WAL up to
 * the end of the backup: all three databases as they were at one moment, whatever was being written
 * during the copy (torn pages are repaired from the full-page images of the WAL).
 *
 * @param walStart the first WAL segment the backup needs
 * @param walEnd the last one
 */
record BaseBackup(String walStart, String walEnd) {

  /** Files PostgreSQL rebuilds or that belong to the running server only (as pg_basebackup). */
  private static final Set<String> SKIPPED_FILES =
      Set.of(
          "postmaster.pid",
          "postmaster.opts",
          "epg-lock",
          "backup_label",
          "tablespace_map",
          "pg_internal.init",
          "current_logfiles");

  /** Directories kept empty in the copy; {@code pg_wal} gets the backup's segments only. */
  private static final Set<String> EMPTIED_DIRECTORIES =
      Set.of(
          "pg_wal",
          "pg_dynshmem",
          "pg_notify",
          "pg_replslot",
          "pg_serial",
          "pg_snapshots",
          "pg_stat_tmp",
          "pg_subtrans");

  private static final Pattern SEGMENT = Pattern.compile("[0-9A-F]{24}");

  /**
   * Copies the data directory of the server at {@code jdbcUrl} (its {@code postgres} database, as
   * the local superuser) into {@code target}, online.
   */
  static BaseBackup take(String jdbcUrl, Path target) {
    try (Connection admin = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
      requireSettings(admin);
      Path data = Path.of(single(admin, "show data_directory"));
      single(
          admin,
          "select slot_name from pg_create_physical_replication_slot('zj_backup_'"
              + " || pg_backend_pid(), true, true)");
      String start = single(admin, "select pg_walfile_name(pg_backup_start('zj-backup', true))");
      copyDataDirectory(data, target);
      String end;
      try (Statement statement = admin.createStatement();
          ResultSet stop =
              statement.executeQuery(
                  "select pg_walfile_name(lsn), labelfile, spcmapfile from pg_backup_stop(false)")) {
        stop.next();
        end = stop.getString(1);
        Files.writeString(
            target.resolve("backup_label"), stop.getString(2), StandardCharsets.UTF_8);
        String spcmap = stop.getString(3);
        if (spcmap != null && !spcmap.isEmpty()) {
          Files.writeString(target.resolve("tablespace_map"), spcmap, StandardCharsets.UTF_8);
        }
      }
      copyWal(data.resolve("pg_wal"), target.resolve("pg_wal"), start, end);
      return new BaseBackup(start, end);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "the online backup of PostgreSQL failed: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("the online backup of PostgreSQL failed", e);
    }
  }

  /** A copy is only repaired by the WAL when the WAL has what it needs. */
  private static void requireSettings(Connection admin) throws SQLException {
    if ("minimal".equals(single(admin, "show wal_level"))
        || !"on".equals(single(admin, "show full_page_writes"))) {
      throw new IllegalStateException(
          "an online backup needs wal_level replica or logical and full_page_writes on");
    }
  }

  /** Walks the live directory: a file or directory that goes away meanwhile is left out. */
  private static void copyDataDirectory(Path data, Path target) throws IOException {
    Files.walkFileTree(
        data,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes)
              throws IOException {
            Path relative = data.relativize(dir);
            if (skipped(relative, true)) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            Files.createDirectories(target.resolve(relative.toString()));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
              throws IOException {
            Path relative = data.relativize(file);
            if (!skipped(relative, false)) {
              copyIfStillThere(file, target.resolve(relative.toString()));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
            if (e instanceof NoSuchFileException) {
              return FileVisitResult.CONTINUE;
            }
            throw e;
          }
        });
  }

  /**
   * Whether a path of the data directory stays out of the copy: the contents of the directories the
   * server refills (their directories stay, as do {@code pg_wal/archive_status} and {@code
   * pg_wal/summaries}), its runtime files and temporary files.
   */
  static boolean skipped(Path relative, boolean directory) {
    if (relative.toString().isEmpty()) {
      return false;
    }
    String name = relative.getFileName().toString();
    boolean insideEmptied =
        relative.getNameCount() > 1 && EMPTIED_DIRECTORIES.contains(relative.getName(0).toString());
    if (directory) {
      boolean walDirectory =
          relative.getNameCount() == 2 && relative.getName(0).toString().equals("pg_wal");
      return (insideEmptied && !walDirectory) || name.startsWith("pgsql_tmp");
    }
    return insideEmptied || SKIPPED_FILES.contains(name) || name.startsWith("pgsql_tmp");
  }

  /** A relation dropped during the copy is gone from the backup too: the WAL says so. */
  private static void copyIfStillThere(Path from, Path to) throws IOException {
    try {
      Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    } catch (NoSuchFileException dropped) {
      // dropped while the backup ran
    }
  }

  /** The segments from {@code first} to {@code last} (names compare in WAL order on a timeline). */
  private static void copyWal(Path wal, Path target, String first, String last) throws IOException {
    Files.createDirectories(target.resolve("archive_status"));
    for (String segment : segments(wal, first, last)) {
      Files.copy(wal.resolve(segment), target.resolve(segment));
    }
    if (!Files.exists(target.resolve(last))) {
      throw new IllegalStateException(
          "WAL segment " + last + " is missing: the backup is not whole");
    }
  }

  static List<String> segments(Path wal, String first, String last) throws IOException {
    try (Stream<Path> files = Files.list(wal)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(name -> SEGMENT.matcher(name).matches())
          .filter(name -> name.compareTo(first) >= 0 && name.compareTo(last) <= 0)
          .sorted()
          .toList();
    }
  }

  private static String single(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getString(1);
    }
  }
}
