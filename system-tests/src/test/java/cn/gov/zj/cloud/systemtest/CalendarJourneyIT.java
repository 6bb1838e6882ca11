package cn.gov.zj.cloud.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;

/** Art. 8–12: the working-day calendar page in headless Chromium. */
@ExtendWith(RunningStack.class)
class CalendarJourneyIT {

  @Test
  @DisplayName(
      "Art. 8: a reviewer reckons a due date across Spring Festival 2025; beyond the notices it is flagged provisional")
  void reckoner() throws Exception {
    try (Browser browser = new Browser()) {
      browser.open("/t/hangzhou/calendar");
      browser.signIn("hangzhou.reviewer");
      reckon(browser, "2025-01-27", "3");
      browser.waitForText("due-date", "2025-02-07");
      assertTrue(browser.driver().findElements(By.id("due-form:provisional")).isEmpty());

      reckon(browser, "2031-06-02", "3");
      browser.waitForText("due-date", "2031-06-05");
      assertTrue(browser.text("due-form:provisional").contains("暂定"));
      assertTrue(
          browser.driver().findElements(By.id("notice-form")).isEmpty(),
          "only the province loads notices");
    }
  }

  @Test
  @DisplayName("Art. 8–12: the province admin checks, previews and loads a new year's notice")
  void provinceLoadsANotice() throws Exception {
    Path csv = Files.createTempFile("notice-2034", ".csv");
    Files.writeString(csv, "date,kind,name\n2034-01-02,HOLIDAY,元旦\n", StandardCharsets.UTF_8);
    try (Browser browser = new Browser()) {
      browser.open("/t/zhejiang/calendar");
      browser.signIn("zhejiang.province-admin");
      assertFalse(browser.text("loaded-years").contains("2034"));
      browser.type("notice-form:years", "2034");
      browser.driver().findElement(By.id("notice-form:file")).sendKeys(csv.toString());
      browser.element("notice-form:check").click();
      browser.waitForText("notice-form:preview", "元旦");
      browser.element("notice-form:load").click();
      browser.driver().switchTo().alert().accept();
      browser.waitForText("loaded-years", "2034");
      assertEquals(0, browser.driver().findElements(By.id("notice-form:preview")).size());
    } finally {
      Files.deleteIfExists(csv);
    }
  }

  @Test
  @DisplayName(
      "Art. 8–12: the year view shows 2026's holidays and make-up working days in colour, mark and"
          + " words; 2027, not loaded, is shown as provisional")
  void art8_yearView() throws Exception {
    try (Browser browser = new Browser()) {
      browser.open("/t/hangzhou/calendar?year=2026");
      browser.signIn("hangzhou.reviewer");
      browser.waitForText("year-heading", "2026");
      WebElement nationalDay = browser.element("day-2026-10-01");
      assertTrue(nationalDay.getAttribute("class").contains("day-HOLIDAY"));
      assertTrue(nationalDay.getText().contains("休"), "a mark, not colour alone");
      assertTrue(
          nationalDay.getAttribute("title").contains("国庆"), nationalDay.getAttribute("title"));
      WebElement makeup = browser.element("day-2026-02-14");
      assertTrue(makeup.getAttribute("class").contains("day-MAKEUP_WORKDAY"));
      assertTrue(makeup.getText().contains("班"));
      assertTrue(browser.element("day-2026-03-07").getAttribute("class").contains("day-WEEKEND"));
      String legend = browser.text("calendar-legend");
      for (String word : new String[] {"放假", "调休上班", "周末休息", "工作日"}) {
        assertTrue(legend.contains(word), legend);
      }
      assertEquals(12, browser.driver().findElements(By.cssSelector("#year-view table")).size());
      assertTrue(browser.driver().findElements(By.id("year-provisional")).isEmpty());

      browser.open("/t/hangzhou/calendar?year=2027");
      browser.waitForText("year-provisional", "2027");
      assertTrue(browser.text("year-provisional").contains("推算"));
      assertTrue(browser.element("day-2027-01-01").getAttribute("class").contains("day-WORKDAY"));
    }
  }

  @Test
  @DisplayName(
      "Art. 8–12: the province admin downloads the template of the next year's notice, with its"
          + " instructions in Chinese; filled in, it passes the check")
  void art8_templateDownload() throws Exception {
    Path folder = Files.createTempDirectory("template");
    try (Browser browser = new Browser()) {
      ((HasCdp) browser.driver())
          .executeCdpCommand(
              "Browser.setDownloadBehavior",
              Map.of("behavior", "allow", "downloadPath", folder.toString()));
      browser.open("/t/zhejiang/calendar");
      browser.signIn("zhejiang.province-admin");
      String label = browser.text("template-form:template");
      String year = label.replaceAll("\\D", "");
      browser.element("template-form:template").click();
      Path file = folder.resolve("holiday-notice-" + year + ".csv");
      long until = System.nanoTime() + 30_000_000_000L;
      while (!Files.exists(file) && System.nanoTime() < until) {
        Thread.sleep(200);
      }
      String template = Files.readString(file, StandardCharsets.UTF_8);
      assertTrue(template.contains(year + " 年部分节假日安排"), template);
      assertTrue(template.contains("类型填“放假”或“调休上班”"), template);

      Path filled = folder.resolve("filled.csv");
      Files.writeString(filled, template + year + "-01-01,放假,元旦\n", StandardCharsets.UTF_8);
      browser.type("notice-form:years", year);
      browser.driver().findElement(By.id("notice-form:file")).sendKeys(filled.toString());
      browser.element("notice-form:check").click();
      browser.waitForText("notice-form:preview", "元旦");
    } finally {
      try (var files = Files.list(folder)) {
        for (Path file : files.toList()) {
          Files.deleteIfExists(file);
        }
      }
      Files.deleteIfExists(folder);
    }
  }

  @Test
  @DisplayName(
      "Art. 9, a trial end past the loaded years: a 30-day trial from today ends in a year"
          + " without notice and is flagged provisional on the application page and over REST")
  void art9_trialEndProvisional() throws Exception {
    String tenant = "wenzhou";
    long id = Submissions.providedTrial(tenant, Submissions.uniqueName("试用期系统"), 30);
    String applicant = Api.token(tenant, tenant + ".unit-applicant");
    JsonObject trial =
        Api.json(Api.get(applicant, Submissions.base(tenant) + "/" + id).body())
            .getJsonObject("trial");
    LocalDate ends = LocalDate.parse(trial.getString("ends"));
    boolean loaded =
        Api.get(applicant, "/api/v1/tenants/" + tenant + "/calendar/years")
            .body()
            .contains(String.valueOf(ends.getYear()));
    assertEquals(!loaded, trial.getBoolean("endsProvisional"), trial.toString());
    try (Browser browser = new Browser()) {
      browser.open("/t/" + tenant + "/application?id=" + id);
      browser.signIn(tenant + ".unit-applicant");
      browser.waitForText("trial-ends", ends.toString());
      assertEquals(
          !loaded,
          browser.driver().findElements(By.id("trial-ends-provisional")).size() == 1,
          browser.text("trial-ends"));
      if (!loaded) {
        assertTrue(browser.text("trial-ends").contains("暂定"));
      }
    }
  }

  private static void reckon(Browser browser, String from, String workingDays) {
    browser.type("due-form:from", from);
    browser.type("due-form:working-days", workingDays);
    browser.element("due-form:reckon").click();
  }
}
