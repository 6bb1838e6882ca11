package cn.gov.zj.cloud.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Art. 13, 23: in the browser, a unit reports a P2 fault of its system in production, the provider
 * acknowledges and resolves it, the unit confirms it, and the unit receives the invitation to rate
 * the provider's fault resolution on the public portal.
 */
@ExtendWith(RunningStack.class)
class FaultJourneyIT {

  private static final String TENANT = "ningbo";
  private static final String PAGES = "/t/" + TENANT + "/";
  private static final Pattern ID = Pattern.compile("[?&]id=(\\d+)");

  /** Art. 9, 10: an application taken to production over REST (the lifecycle has its journey). */
  private static void activated(String systemName) throws Exception {
    long id = Submissions.providedTrial(TENANT, systemName);
    String applicant = Api.token(TENANT, TENANT + ".unit-applicant");
    String actions = Submissions.base(TENANT) + "/" + id;
    for (String kind :
        new String[] {
          "FUNCTIONAL_TEST_REPORT", "PERFORMANCE_TEST_REPORT", "SECURITY_TEST_REPORT"
        }) {
      Api.upload(applicant, actions + "/attachments", kind, "报告.pdf", Submissions.PDF);
    }
    assertEquals(
        200, Api.post(applicant, actions + "/actions/submit-test-results", "{}").statusCode());
    HttpResponse<String> active =
        Api.post(
            Api.token(TENANT, TENANT + ".reviewer"),
            actions + "/actions/final-approve",
            "{\"opinion\": \"同意开通\"}");
    assertEquals(200, active.statusCode(), active.body());
  }

  /** Clicks the action's button on the fault page and confirms it. */
  private static void act(Browser browser, String action) {
    browser.element("actions-form");
    browser.driver().findElement(By.cssSelector(".fault-action-" + action)).click();
    browser.element("confirm-form:confirm-yes").click();
  }

  @Test
  @DisplayName(
      "Art. 13, 23: a unit reports a P2 fault, the provider acknowledges and resolves it, the"
          + " unit confirms and receives the rating invitation")
  void art13_p2FaultFromReportToRatingInvitation() throws Exception {
    String systemName = Submissions.uniqueName("宁波不动产登记");
    activated(systemName);
    long id;
    try (Browser unit = new Browser();
        Browser provider = new Browser()) {
      unit.open(PAGES + "faults");
      unit.signIn(TENANT + ".unit-applicant");
      unit.element("new-fault").click();
      new Select(unit.element("report-form:system-id")).selectByVisibleText(systemName);
      new Select(unit.element("report-form:severity")).selectByValue("P2");
      unit.type("report-form:title", "不动产查询无响应");
      unit.type("report-form:description", "自 9 时起查询接口超时，窗口业务无法办理");
      unit.element("report-form:report").click();
      unit.element("confirm-form:confirm-yes").click();
      unit.waitForUrlContaining("/fault?id=");
      unit.waitForText("fault-state", "已报告");
      unit.waitForText("response-mark", "计时中");
      Matcher found = ID.matcher(unit.driver().getCurrentUrl());
      assertTrue(found.find());
      id = Long.parseLong(found.group(1));
      assertTrue(unit.textNow("response-due").matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"));

      provider.open(PAGES + "fault?id=" + id);
      provider.signIn(TENANT + ".provider-operator");
      act(provider, "acknowledge");
      provider.waitForText("fault-state", "已响应");
      provider.waitForText("response-mark", "按时完成");
      provider.type("actions-form:text", "已切换备用查询节点并重启服务");
      act(provider, "resolve");
      provider.waitForText("fault-state", "已解决待确认");

      unit.open(PAGES + "fault?id=" + id);
      act(unit, "confirm");
      unit.waitForText("fault-state", "已关闭");
      unit.waitForText("resolution-mark", "按时完成");
      unit.waitForText("history-table", "已切换备用查询节点");

      unit.open(PAGES + "faults");
      unit.waitForText("faults-form:faults-table", "不动产查询无响应");

      unit.open(PAGES + "notifications");
      unit.driver()
          .findElement(
              By.xpath(
                  "//tr[.//a[contains(@class, 'notification-link') and contains(., '故障处理')]]"
                      + "//a[contains(@class, 'rate-link')]"))
          .click();
      unit.waitForUrlContaining("/invitation/");
      String link = unit.driver().getCurrentUrl();
      // Art. 24: the invitation reaches the public portal with the next exchange, seconds later
      unit.reloadUntil(link.substring(link.indexOf("/t/")), true, "event-name", "故障处理");
    }
    JsonObject fault =
        Api.json(
            Api.get(
                    Api.token(TENANT, TENANT + ".unit-applicant"),
                    "/api/v1/tenants/" + TENANT + "/faults/" + id)
                .body());
    assertEquals("CLOSED", fault.getString("state"));
    assertTrue(fault.getBoolean("responseMet"));
    assertTrue(fault.getBoolean("resolutionMet"));
    assertTrue(fault.getString("responseDue").endsWith("+08:00"), fault.toString());
    assertEquals(4, fault.getJsonArray("history").size());
  }
}
