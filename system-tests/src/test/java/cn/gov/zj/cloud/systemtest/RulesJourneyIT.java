package cn.gov.zj.cloud.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Art. 25: the deadline rules page in headless Chromium. */
@ExtendWith(RunningStack.class)
class RulesJourneyIT {

  private static final String TARGETS = "/api/v1/tenants/shaoxing/services/targets";

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

  @Test
  @DisplayName(
      "Art. 14, Art. 25: a tenant admin asks two training sessions a quarter on the rules page; fewer than one is refused beside the field")
  void art25_tenantAdminSetsServiceTargets() throws Exception {
    try (Browser browser = new Browser()) {
      browser.open("/t/shaoxing/rules");
      browser.signIn("shaoxing.tenant-admin");
      browser.waitForText("service-targets-heading", "服务请求响应与培训场次");
      browser.type("service-targets-form:sessions-per-quarter", "0");
      browser.click("service-targets-form:save-service-targets");
      browser.waitForText("service-targets-form:sessions-per-quarter-error", "不得少于全省默认");
      assertEquals(
          1,
          Api.json(Api.get(Tokens.of("shaoxing", "tenant-admin"), TARGETS).body())
              .getInt("sessionsPerQuarter"),
          "nothing stored on a refusal");

      browser.type("service-targets-form:sessions-per-quarter", "2");
      browser.click("service-targets-form:save-service-targets");
      browser.waitForText("service-targets-form:messages", "已保存");
      assertEquals(
          2,
          Api.json(Api.get(Tokens.of("shaoxing", "reviewer"), TARGETS).body())
              .getInt("sessionsPerQuarter"));
    }
  }
}
