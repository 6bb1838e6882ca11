package cn.gov.zj.cloud.launcher.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The backup's files without a database: manifest, attachments by hash, the restore's target. */
class BackupFilesTest {

  private static final String HELLO_SHA =
      "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824";
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-07T16:00:00Z"), ZoneId.of("Asia/Shanghai"));

  @TempDir Path dir;

  private Path write(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("backup: the manifest lists every file with its size and SHA-256 and reads back")
  void manifestRoundTrip() throws IOException {
    write(dir.resolve("files/hangzhou/2c/" + HELLO_SHA), "hello");
    write(dir.resolve("pg/PG_VERSION"), "17\n");
    BackupManifest manifest = BackupManifest.of(dir);
    manifest.write(dir);

    BackupManifest read = BackupManifest.read(dir);
    assertEquals(manifest, read);
    assertEquals(
        new BackupManifest.Entry(5, HELLO_SHA),
        read.entries().get("files/hangzhou/2c/" + HELLO_SHA));
    assertEquals(8, read.bytes());
    assertTrue(read.problems(dir).isEmpty(), read.problems(dir).toString());
  }

  @Test
  @DisplayName(
      "attack (altered backup): a changed, missing or added file is found before a restore")
  void alteredBackupIsFound() throws IOException {
    write(dir.resolve("pg/a"), "one");
    write(dir.resolve("pg/b"), "two");
    BackupManifest.of(dir).write(dir);
    write(dir.resolve("pg/a"), "eno");
    Files.delete(dir.resolve("pg/b"));
    write(dir.resolve("pg/c"), "three");

    assertEquals(
        List.of(
            "pg/a: altered (size or SHA-256 differs from the manifest)",
            "pg/b: missing",
            "pg/c: not in the manifest"),
        BackupManifest.read(dir).problems(dir));
  }

  @Test
  @DisplayName("attack (path traversal): a manifest naming a file outside the backup is refused")
  void manifestPathsStayInside() throws IOException {
    for (String path : List.of("../etc/passwd", "/etc/passwd", "pg/../../x", "pg//x")) {
      Files.writeString(
          dir.resolve(BackupManifest.FILE_NAME),
          BackupManifest.VERSION_LINE + "\n" + HELLO_SHA + " 5 " + path + "\n");
      assertThrows(IllegalArgumentException.class, () -> BackupManifest.read(dir), path);
    }
    Files.delete(dir.resolve(BackupManifest.FILE_NAME));
    assertThrows(IllegalArgumentException.class, () -> BackupManifest.read(dir), "no manifest");
  }

  @Test
  @DisplayName("Art. 7: attachments are copied by content hash; the spool and strays stay out")
  void attachmentsByHash() throws IOException {
    Path store = dir.resolve("store");
    write(store.resolve("hangzhou/2c/" + HELLO_SHA), "hello");
    write(store.resolve("spool/upload-1.tmp"), "half an upload");
    write(store.resolve("hangzhou/notes.txt"), "stray");

    AttachmentCopy copied = AttachmentCopy.copy(store, dir.resolve("copy"));

    assertEquals(
        new AttachmentCopy(1, 5, List.of("hangzhou/notes.txt", "spool/upload-1.tmp")), copied);
    assertEquals("hello", Files.readString(dir.resolve("copy/hangzhou/2c/" + HELLO_SHA)));
    assertFalse(Files.exists(dir.resolve("copy/spool")));
    assertEquals(
        new AttachmentCopy(0, 0, List.of()), AttachmentCopy.copy(dir.resolve("none"), dir));
  }

  @Test
  @DisplayName("Art. 7: an attachment whose content no longer matches its SHA-256 stops the copy")
  void damagedAttachmentStops() throws IOException {
    Path store = dir.resolve("store");
    write(store.resolve("ningbo/2c/" + HELLO_SHA), "hellO");

    IllegalStateException refused =
        assertThrows(
            IllegalStateException.class, () -> AttachmentCopy.copy(store, dir.resolve("copy")));
    assertTrue(refused.getMessage().contains("damaged"), refused.getMessage());
    assertFalse(Files.exists(dir.resolve("copy/ningbo/2c/" + HELLO_SHA)), "no damaged copy stays");
  }

  @Test
  @DisplayName("restore: an empty or missing data directory is taken as it is")
  void emptyTargetIsTaken() throws IOException {
    Files.createDirectories(dir.resolve("data/pg"));
    assertEquals(List.of(), new RestoreTarget(dir.resolve("data")).prepare(false, CLOCK));
    assertEquals(List.of(), new RestoreTarget(dir.resolve("missing")).prepare(false, CLOCK));
  }

  @Test
  @DisplayName(
      "restore: a data directory holding data is refused and left untouched unless replaced")
  void nonEmptyTargetIsRefused() throws IOException {
    Path data = dir.resolve("data");
    write(data.resolve("files/hangzhou/2c/" + HELLO_SHA), "hello");
    write(data.resolve("secrets/ZJ_PUBLIC_FORM_KEY"), "k");

    IllegalStateException refused =
        assertThrows(
            IllegalStateException.class, () -> new RestoreTarget(data).prepare(false, CLOCK));
    assertTrue(refused.getMessage().contains("not empty"), refused.getMessage());
    assertTrue(Files.exists(data.resolve("files/hangzhou/2c/" + HELLO_SHA)));

    List<Path> aside = new RestoreTarget(data).prepare(true, CLOCK);
    assertEquals(
        List.of(
            data.resolve("files.before-restore-20261208-000000"),
            data.resolve("secrets.before-restore-20261208-000000")),
        aside);
    assertTrue(
        Files.exists(aside.get(0).resolve("hangzhou/2c/" + HELLO_SHA)), "moved, not deleted");
    assertTrue(Directories.isEmpty(data.resolve("files")));
  }

  @Test
  @DisplayName("restore: refused while PostgreSQL runs on the data directory, even when replacing")
  void runningServerIsRefused() throws IOException {
    Path data = dir.resolve("data");
    write(data.resolve("pg/postmaster.pid"), "4242");
    IllegalStateException refused =
        assertThrows(
            IllegalStateException.class, () -> new RestoreTarget(data).prepare(true, CLOCK));
    assertTrue(refused.getMessage().contains("stop the stack"), refused.getMessage());
    assertTrue(Files.exists(data.resolve("pg/postmaster.pid")));
  }

  @Test
  @DisplayName("base backup: what the running server rebuilds stays out, the directories stay in")
  void baseBackupSkips() {
    Map<String, Boolean> files =
        Map.ofEntries(
            Map.entry("postmaster.pid", true),
            Map.entry("epg-lock", true),
            Map.entry("global/pg_internal.init", true),
            Map.entry("pg_wal/000000010000000000000003", true),
            Map.entry("pg_wal/archive_status/000000010000000000000003.done", true),
            Map.entry("pg_stat_tmp/global.stat", true),
            Map.entry("base/5/pgsql_tmp/pgsql_tmp1.0", true),
            Map.entry("base/16384/2619", false),
            Map.entry("global/pg_control", false),
            Map.entry("postgresql.auto.conf", false));
    files.forEach(
        (path, skipped) -> assertEquals(skipped, BaseBackup.skipped(Path.of(path), false), path));
    Map<String, Boolean> directories =
        Map.ofEntries(
            Map.entry("pg_wal", false),
            Map.entry("pg_wal/archive_status", false),
            Map.entry("pg_wal/summaries", false),
            Map.entry("pg_subtrans", false),
            Map.entry("pg_stat_tmp/sub", true),
            Map.entry("base/5/pgsql_tmp", true),
            Map.entry("base/16384", false));
    directories.forEach(
        (path, skipped) -> assertEquals(skipped, BaseBackup.skipped(Path.of(path), true), path));
  }

  @Test
  @DisplayName("base backup: the WAL from the backup's first to its last segment, nothing else")
  void walSegments() throws IOException {
    for (String name :
        List.of(
            "000000010000000000000001",
            "000000010000000000000002",
            "000000010000000000000003",
            "000000010000000000000004",
            "00000002.history")) {
      write(dir.resolve(name), "");
    }
    Files.createDirectories(dir.resolve("archive_status"));
    assertEquals(
        List.of("000000010000000000000002", "000000010000000000000003"),
        BaseBackup.segments(dir, "000000010000000000000002", "000000010000000000000003"));
  }
}
