package cn.gov.zj.cloud.systemtest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Art. 25: the deadline rules page in headless Chromium. */
@ExtendWith(RunningStack.class)
class RulesJourneyIT {

  @Test
  @DisplayName(
      "Art. 25: a tenant admin shortens acceptance on the rules page; lengthening it is refused")
  void tenantAdminSetsLocalRules() throws Exception {
    try (Browser browser = new Browser()) {
      browser.open("/t/shaoxing/rules");
      browser.signIn("shaoxing.tenant-admin");
      browser.waitForText("rules-table", "全省默认规则");

      browser.type("rules-form:limits:0:days", "4");
      browser.element("rules-form:save-local").click();
      browser.waitForText("rules-form:messages", "不得长于全省默认期限");

      browser.type("rules-form:limits:0:days", "2");
      browser.element("rules-form:save-local").click();
      browser.waitForText("rules-table", "绍兴市地方规则");
      assertTrue(browser.text("rules-table").contains("2"));
    }
  }
}
