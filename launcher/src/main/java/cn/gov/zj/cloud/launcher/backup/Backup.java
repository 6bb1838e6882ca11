package cn.gov.zj.cloud.launcher.backup;

import cn.gov.zj.cloud.devdb.DevPostgres;
import cn.gov.zj.cloud.devdb.ZoneDatabase;
import cn.gov.zj.cloud.launcher.DatabaseServer;
import cn.gov.zj.cloud.launcher.StackSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code ops/backup <directory>}: an online backup of the stack into an empty directory: the
 * embedded PostgreSQL's three databases at one moment ({@link BaseBackup}), then the attachments by
 * their SHA-256, then the installation's secrets and keys (without them the restored Keycloak and
 * the sealed contacts do not match the portals), each file in the {@link BackupManifest}.
 *
 * <p>Why the attachments after the database: a file is written and synced before the row naming it
 * commits, and never changed or removed, so every row of the database copy names a file that exists
 * when the files are copied afterwards; a file without a row (an upload that came later or failed)
 * is harmless and unreachable.
 */
public final class Backup {

  /** System property naming the backup's directory ({@code -Dzj.backup.dir}). */
  public static final String DIRECTORY_PROPERTY = "zj.backup.dir";

  private Backup() {}

  /**
   * What a backup holds.
   *
   * @param rows per database, per table, the rows counted at the end of the backup
   * @param attachments the attachments copied
   * @param manifest every file of the backup
   * @param took how long the backup took
   */
  public record Report(
      Map<String, Map<String, Long>> rows,
      AttachmentCopy attachments,
      BackupManifest manifest,
      Duration took) {

    /** The lines printed for the person who ran the backup. */
    public String summary() {
      StringBuilder text = new StringBuilder();
      rows.forEach(
          (database, tables) ->
              text.append(
                  "  database %-15s %4d tables %,12d rows%n"
                      .formatted(
                          database,
                          tables.size(),
                          tables.values().stream().mapToLong(Long::longValue).sum())));
      text.append(
          "  attachments %,d files %,d bytes (SHA-256 checked), %d left out%n"
              .formatted(attachments.files(), attachments.bytes(), attachments.skipped().size()));
      text.append(
          "  backup      %,d files %,d bytes in %.1f s%n"
              .formatted(manifest.entries().size(), manifest.bytes(), took.toMillis() / 1000.0));
      return text.toString();
    }
  }

  /**
   * Backs up the stack these settings describe into {@code target}, which must be empty or missing.
   * The embedded PostgreSQL may be running (online backup); when it is not, it is started for the
   * backup and stopped again.
   *
   * @throws IllegalStateException for an external PostgreSQL (its own tools back it up), or a
   *     target that holds anything
   */
  public static Report run(StackSettings settings, Path target) {
    if (!settings.embeddedPostgres()) {
      throw new IllegalStateException(
          "ZJ_DB_HOST is set: back up the external PostgreSQL with its own tools (pg_basebackup or"
              + " pgBackRest with WAL archiving, docs/runtime.md); ops/backup covers the embedded"
              + " one");
    }
    if (!Directories.isEmpty(target)) {
      throw new IllegalStateException("the backup directory is not empty: " + target);
    }
    long started = System.nanoTime();
    Directories.ownerOnly(target);
    DatabaseServer server = settings.database();
    Map<String, Map<String, Long>> rows =
        withServer(
            settings,
            () -> {
              BaseBackup.take(adminUrl(server, "postgres"), target.resolve("pg"));
              return TableCounts.of(server.host(), server.port(), databases(server));
            });
    Path data = settings.dataDirectory();
    AttachmentCopy attachments =
        AttachmentCopy.copy(data.resolve("files"), target.resolve("files"));
    Directories.copy(data.resolve("secrets"), target.resolve("secrets"));
    Directories.copy(data.resolve("keys"), target.resolve("keys"));
    BackupManifest manifest = BackupManifest.of(target);
    manifest.write(target);
    return new Report(rows, attachments, manifest, Duration.ofNanos(System.nanoTime() - started));
  }

  /** The three databases of the stack, in the order the report prints them. */
  public static List<String> databases(DatabaseServer server) {
    return List.of(server.privateZone(), server.publicZone(), server.keycloak()).stream()
        .map(ZoneDatabase::name)
        .toList();
  }

  /** The local superuser's JDBC URL of one database of that server. */
  public static String adminUrl(DatabaseServer server, String database) {
    return "jdbc:postgresql://" + server.host() + ":" + server.port() + "/" + database;
  }

  private static <T> T withServer(StackSettings settings, Supplier<T> work) {
    if (answers(adminUrl(settings.database(), "postgres"))) {
      return work.get();
    }
    Path pg = settings.dataDirectory().resolve("pg");
    if (!Files.isRegularFile(pg.resolve("PG_VERSION"))) {
      throw new IllegalStateException(
          "no PostgreSQL answers on port " + settings.postgresPort() + " and " + pg + " is empty");
    }
    try (DevPostgres stopped = DevPostgres.start(pg, settings.postgresPort(), false)) {
      return work.get();
    }
  }

  private static boolean answers(String url) {
    try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
      return connection.isValid(5);
    } catch (SQLException e) {
      return false;
    }
  }

  /** {@code mvn -q install -DskipTests -Pbackup -Dzj.backup.dir=<directory>} (ops/backup). */
  public static void main(String[] args) {
    String directory = System.getProperty(DIRECTORY_PROPERTY);
    if (directory == null || directory.isBlank()) {
      throw new IllegalArgumentException("name the backup's directory: -D" + DIRECTORY_PROPERTY);
    }
    Path target = Path.of(directory).toAbsolutePath().normalize();
    Report report = run(StackSettings.defaults(), target);
    System.out.println("备份完成 Backup written to " + target);
    System.out.print(report.summary());
  }
}
