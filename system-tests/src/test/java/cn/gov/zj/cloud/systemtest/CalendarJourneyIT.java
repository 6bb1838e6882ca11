package cn.gov.zj.cloud.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

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

  private static void reckon(Browser browser, String from, String workingDays) {
    browser.type("due-form:from", from);
    browser.type("due-form:working-days", workingDays);
    browser.element("due-form:reckon").click();
  }
}
