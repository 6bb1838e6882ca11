package cn.gov.zj.cloud.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.devdb.DevPostgres;
import cn.gov.zj.cloud.launcher.DatabaseServer;
import cn.gov.zj.cloud.launcher.StackSettings;
import cn.gov.zj.cloud.launcher.backup.Backup;
import cn.gov.zj.cloud.launcher.backup.BackupManifest;
import cn.gov.zj.cloud.launcher.backup.Restore;
import cn.gov.zj.cloud.launcher.backup.TableCounts;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Backup and restore (README, Operations): the running stack, with an application, an audit trail,
 * a fault's attachment and a public rating of this test's own, is backed up online; the backup is
 * restored into an empty data directory and started as a second PostgreSQL; every table of the
 * three databases has the rows it had, every attachment its SHA-256, each zone's audit trail its
 * records and chain. The shared stack itself is not destroyed (the other classes use it): the
 * restore goes onto an empty target, which is what restoring a destroyed stack means.
 */
@ExtendWith(RunningStack.class)
class BackupRestoreIT {

  private static final String TENANT = "wenzhou";
  private static final String PUBLIC_TENANT = "jinhua";

  /** The restored PostgreSQL's port, outside the stack's ({@code -Dzj.it.restorePort}). */
  private static int restoredPort() {
    return Integer.getInteger("zj.it.restorePort", 30100);
  }

  @Test
  @DisplayName(
      "backup: the running stack backed up online and restored onto an empty target has every table's rows, every attachment's SHA-256 and both audit trails")
  void backupOnlineRestoreOntoEmptyTarget() throws Exception {
    StackSettings settings = RunningStack.settings();
    DatabaseServer live = settings.database();
    byte[] attachment = dataOfItsOwn();
    Path work = fresh(Path.of("target", "backup-it"));

    Snapshot before = quiet(live, settings);
    Backup.Report backup = Backup.run(settings, work.resolve("backup"));
    Snapshot after = Snapshot.of(live, settings.dataDirectory());
    System.out.print(backup.summary());
    assertEquals(before.audit(), after.audit(), "no audit record is written during the backup");
    String sha = BackupManifest.hash(write(work.resolve("upload"), attachment)).sha256();
    String stored = TENANT + "/" + sha.substring(0, 2) + "/" + sha;
    assertTrue(
        backup.manifest().entries().containsKey("files/" + stored),
        "the uploaded attachment is in the backup by its SHA-256");

    Path restored = work.resolve("restored");
    Restore.Report restore =
        Restore.run(work.resolve("backup"), restored, false, Clock.systemUTC());
    System.out.print(restore.summary());
    Snapshot copy;
    try (DevPostgres server = DevPostgres.start(restored.resolve("pg"), restoredPort(), false)) {
      copy = Snapshot.of(DatabaseServer.embedded(server.port()), restored);
    }
    assertEquals(sha, copy.attachments().get(stored), "the uploaded attachment, restored");
    before.assertRestoredAs(copy, after);
    IllegalStateException again =
        assertThrows(
            IllegalStateException.class,
            () -> Restore.run(work.resolve("backup"), restored, false, Clock.systemUTC()));
    assertTrue(again.getMessage().contains("not empty"), again.getMessage());
  }

  /**
   * Art. 7, 13, 23: an application (and its audit records), a fault's attachment uploaded over
   * REST, a citizen's rating; the attachment's bytes.
   */
  private static byte[] dataOfItsOwn() throws Exception {
    String unit = Api.token(TENANT, TENANT + ".unit-applicant");
    String apps = Submissions.base(TENANT);
    HttpResponse<String> system =
        created(
            () ->
                Api.post(
                    unit,
                    "/api/v1/tenants/" + TENANT + "/systems",
                    "{\"name\": \""
                        + Submissions.uniqueName("备份系统")
                        + "\", \"mlpsLevel\": 2,"
                        + " \"securityOfficer\": \"周九\", \"cloudStatus\": \"NOT_MIGRATED\","
                        + " \"publicFacing\": false}"));
    created(
        () ->
            Api.post(
                unit,
                apps,
                "{\"systemId\": "
                    + Api.json(system.body()).get("id")
                    + ", \"resources\": [{\"type\": \"BANDWIDTH\","
                    + " \"mbps\": 20}]}"));
    JsonObject fault =
        Api.json(Api.get(unit, "/api/v1/tenants/" + TENANT + "/faults?state=REPORTED").body())
            .getJsonArray("items")
            .getJsonObject(0);
    byte[] log =
        ("%PDF-1.4\n% backup " + System.nanoTime() + "\ntrailer <<>>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);
    created(
        () ->
            Api.upload(
                unit,
                "/api/v1/tenants/" + TENANT + "/faults/" + fault.get("id") + "/attachments",
                "kind",
                "LOG",
                "日志.pdf",
                log));
    String service = Fixtures.publicService(PUBLIC_TENANT, Submissions.uniqueName("备份公开服务"));
    PublicApi.await(
        Duration.ofSeconds(90),
        () ->
            PublicApi.get("/api/v1/tenants/" + PUBLIC_TENANT + "/satisfaction/services/" + service),
        r -> r.statusCode() == 200);
    created(
        () ->
            PublicApi.post(
                "/api/v1/tenants/" + PUBLIC_TENANT + "/ratings",
                "{\"serviceId\": " + service + ", \"grade\": \"SATISFIED\"}"));
    return log;
  }

  /**
   * The answer of a call answered 201 (or 200); a stack still busy from its start (5xx) is asked
   * again, at most four times, 3 s apart.
   */
  private static HttpResponse<String> created(PublicApi.Call call) throws Exception {
    HttpResponse<String> response = call.send();
    for (int retry = 0; retry < 4 && response.statusCode() >= 500; retry++) {
      Thread.sleep(3000);
      response = call.send();
    }
    int status = response.statusCode();
    assertTrue(status == 201 || status == 200, status + " " + response.body());
    return response;
  }

  /**
   * The stack's state once nothing has moved for two readings in a row (the interconnection may
   * still carry the rating across), at most 60 s.
   */
  private static Snapshot quiet(DatabaseServer live, StackSettings settings) throws Exception {
    Snapshot last = Snapshot.of(live, settings.dataDirectory());
    for (int i = 0; i < 30; i++) {
      Thread.sleep(2000);
      Snapshot now = Snapshot.of(live, settings.dataDirectory());
      if (now.equals(last)) {
        return now;
      }
      last = now;
    }
    throw new AssertionError("the stack did not become quiet within 60 s");
  }

  /**
   * What must survive: rows per table of the three databases, the attachments by path and SHA-256,
   * and a digest of each zone's audit trail (the private chain with its heads, the public log).
   */
  private record Snapshot(
      Map<String, Map<String, Long>> rows,
      Map<String, String> attachments,
      Map<String, String> audit) {

    static Snapshot of(DatabaseServer server, Path dataDirectory) throws Exception {
      Map<String, String> audit = new LinkedHashMap<>();
      String privateDb = server.privateZone().name();
      String publicDb = server.publicZone().name();
      audit.put("private audit_event", digest(server, privateDb, "audit_event"));
      audit.put("private audit_chain_head", digest(server, privateDb, "audit_chain_head"));
      audit.put("public audit_event", digest(server, publicDb, "audit_event"));
      return new Snapshot(
          TableCounts.of(server.host(), server.port(), Backup.databases(server)),
          attachments(dataDirectory.resolve("files")),
          audit);
    }

    /**
     * The restored copy holds what the stack held at one moment of the backup: each table's rows
     * between this reading (before) and {@code after} (equal when nothing moved meanwhile, as the
     * realm's sign-in events may), the same audit trails, and the attachments of before, none
     * unknown to after.
     */
    void assertRestoredAs(Snapshot copy, Snapshot after) {
      assertEquals(rows.keySet(), copy.rows().keySet(), "the same databases");
      List<String> moved = new ArrayList<>();
      rows.forEach(
          (database, tables) -> {
            assertEquals(tables.keySet(), copy.rows().get(database).keySet(), database + " tables");
            tables.forEach(
                (table, count) -> {
                  long later = after.rows().get(database).get(table);
                  long restored = copy.rows().get(database).get(table);
                  if (later != count) {
                    moved.add(database + "." + table + " " + count + "→" + later);
                  }
                  assertTrue(
                      restored >= Math.min(count, later) && restored <= Math.max(count, later),
                      database
                          + "."
                          + table
                          + ": "
                          + restored
                          + " rows restored, "
                          + count
                          + " before and "
                          + later
                          + " after the backup");
                });
          });
      System.out.println(
          "rows of "
              + rows.values().stream().mapToInt(Map::size).sum()
              + " tables compared; moved during the backup: "
              + moved);
      assertEquals(audit, copy.audit(), "the audit trails");
      assertTrue(copy.attachments().entrySet().containsAll(attachments.entrySet()), "attachments");
      assertTrue(after.attachments().entrySet().containsAll(copy.attachments().entrySet()));
    }

    /** SHA-256 of the table's rows in their text form, in the order of their first column. */
    private static String digest(DatabaseServer server, String database, String table)
        throws Exception {
      try (Connection admin =
              DriverManager.getConnection(Backup.adminUrl(server, database), "postgres", "");
          Statement statement = admin.createStatement();
          ResultSet row =
              statement.executeQuery(
                  "select count(*) || ':' || encode(sha256(convert_to(coalesce(string_agg(t::text,"
                      + " E'\\n' order by 1), ''), 'UTF8')), 'hex') from (select * from "
                      + table
                      + " order by 1) t")) {
        row.next();
        return row.getString(1);
      }
    }

    private static Map<String, String> attachments(Path store) throws IOException {
      Map<String, String> files = new TreeMap<>();
      if (!Files.isDirectory(store)) {
        return files;
      }
      try (Stream<Path> walk = Files.walk(store)) {
        for (Path file : walk.filter(Files::isRegularFile).toList()) {
          String path = store.relativize(file).toString();
          if (!path.startsWith("spool")) {
            files.put(path, BackupManifest.hash(file).sha256());
          }
        }
      }
      return files;
    }
  }

  private static Path write(Path file, byte[] content) throws IOException {
    return Files.write(file, content);
  }

  private static Path fresh(Path directory) throws IOException {
    if (Files.exists(directory)) {
      try (Stream<Path> walk = Files.walk(directory)) {
        for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
    return Files.createDirectories(directory).toAbsolutePath();
  }
}
