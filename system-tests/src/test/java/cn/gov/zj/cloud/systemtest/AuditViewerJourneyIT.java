package cn.gov.zj.cloud.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.Select;

/**
 * Art. 18, 20: the audit viewer in headless Chromium on the whole stack, and its REST side: the
 * security supervisor filters the log, exports it, verifies its hash chain; every reading is itself
 * in the log. Runs in {@code jiaxing}.
 */
@ExtendWith(RunningStack.class)
class AuditViewerJourneyIT {

  private static final String TENANT = "jiaxing";
  private static final String API = "/api/v1/tenants/" + TENANT + "/audit";

  @Test
  @DisplayName(
      "Art. 18: the security supervisor filters the audit log by person, action and object,"
          + " exports it as XLSX and verifies it; the reading itself is in the log")
  void art18_supervisorFiltersExportsAndVerifies() throws Exception {
    String admin = Tokens.of(TENANT, "tenant-admin");
    assertEquals(200, Api.get(admin, API + "?size=1").statusCode(), "a reading to find");
    Path folder = Files.createTempDirectory("audit");
    try (Browser browser = new Browser()) {
      ((HasCdp) browser.driver())
          .executeCdpCommand(
              "Browser.setDownloadBehavior",
              Map.of("behavior", "allow", "downloadPath", folder.toString()));
      browser.open("/t/" + TENANT + "/audit");
      browser.signIn(TENANT + ".security-supervisor");
      browser.waitForText("audit-heading", "审计日志");

      browser.type("audit-form:actor", TENANT + ".tenant-admin");
      new Select(browser.element("audit-form:action")).selectByValue("audit.view");
      browser.type("audit-form:object", "audit:" + TENANT);
      browser.click("audit-form:search");
      browser.waitForText("audit-form:audit-table", "共 1 条");
      String table = browser.text("audit-form:audit-table");
      assertTrue(table.contains(TENANT + ".tenant-admin"), table);
      assertFalse(table.contains(TENANT + ".security-supervisor"), table);

      browser.element("audit-form:export").click();
      String sheet = xlsxText(awaitFile(folder.resolve("audit.xlsx")));
      assertTrue(sheet.contains(TENANT + ".tenant-admin"), sheet);
      assertTrue(sheet.contains("查阅审计日志"), sheet);
      assertFalse(sheet.contains(TENANT + ".security-supervisor"), "the filter holds in the file");

      browser.click("audit-form:verify");
      browser.waitForText("audit-form:verdict-text", "审计日志完整");
    } finally {
      try (var files = Files.list(folder)) {
        for (Path file : files.toList()) {
          Files.deleteIfExists(file);
        }
      }
      Files.deleteIfExists(folder);
    }
    String supervisor = TENANT + ".security-supervisor";
    for (String action : new String[] {"audit.view", "audit.export", "audit.verify"}) {
      assertTrue(
          AuditTrail.count(true, TENANT, action, TENANT, supervisor) >= 1, action + " recorded");
    }
  }

  @Test
  @DisplayName(
      "Art. 18, 20 attacks: a role without the log is 403; another city's chain is 404 for a city;"
          + " bad filters are 400 naming the field; the province verifies any city")
  void art18_refusals() throws Exception {
    String reviewer = Tokens.of(TENANT, "reviewer");
    Api.assertProblem(Api.get(reviewer, API + "/verify"), 403);
    Api.assertProblem(Api.get(reviewer, API), 403);
    String admin = Tokens.of(TENANT, "tenant-admin");
    Api.assertProblem(Api.get(admin, API + "/verify"), 403);
    String supervisor = Tokens.of(TENANT, "security-supervisor");
    HttpResponse<String> verdict = Api.get(supervisor, API + "/verify");
    assertEquals(200, verdict.statusCode(), verdict.body());
    assertTrue(Api.json(verdict.body()).getBoolean("intact"), verdict.body());
    Api.assertProblem(Api.get(supervisor, API + "/verify?tenant=ningbo"), 404);
    assertEquals(401, Api.get(supervisor, "/api/v1/tenants/ningbo/audit/verify").statusCode());
    HttpResponse<String> bad =
        Api.get(supervisor, API + "?from=2026-13-01&action=no.such&to=2026-01-01");
    Api.assertProblem(bad, 400);
    assertTrue(bad.body().contains("\"from\"") && bad.body().contains("\"action\""), bad.body());
    String province = Tokens.of("zhejiang", "province-admin");
    HttpResponse<String> overseen =
        Api.get(province, "/api/v1/tenants/zhejiang/audit/verify?tenant=" + TENANT);
    assertEquals(200, overseen.statusCode(), overseen.body());
    assertTrue(Api.json(overseen.body()).getBoolean("intact"), overseen.body());
    assertTrue(
        AuditTrail.count(true, "zhejiang", "audit.verify", TENANT, "zhejiang.province-admin") >= 1);
  }

  /** The downloaded file once Chromium finished it (no partial download left beside it). */
  private static Path awaitFile(Path file) throws Exception {
    long until = System.nanoTime() + 30_000_000_000L;
    while (!finished(file) && System.nanoTime() < until) {
      Thread.sleep(200);
    }
    return file;
  }

  private static boolean finished(Path file) throws IOException {
    try (var files = Files.list(file.getParent())) {
      return Files.exists(file)
          && Files.size(file) > 0
          && files.noneMatch(f -> f.toString().endsWith(".crdownload"));
    }
  }

  /**
   * The text of every part of an XLSX file (its cells are inline strings), read by its directory.
   */
  private static String xlsxText(Path file) throws IOException {
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
        try (InputStream in = zip.getInputStream(entry)) {
          in.transferTo(text);
        }
      }
    }
    return text.toString(StandardCharsets.UTF_8);
  }
}
