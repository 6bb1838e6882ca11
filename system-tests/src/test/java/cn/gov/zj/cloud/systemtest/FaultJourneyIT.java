package cn.gov.zj.cloud.systemtest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

  @Test
  @DisplayName(
      "Art. 13: in demo mode a new user finds the faults list filled: the demo system's faults in every state")
  void art13_demoFaultsFillTheList() throws Exception {
    try (Browser unit = new Browser()) {
      unit.open("/t/wenzhou/faults");
      unit.signIn("wenzhou.unit-applicant");
      for (String title : List.of("报表导出偶发超时", "数据库备份任务失败", "对外接口响应缓慢", "系统无法访问")) {
        unit.waitForText("faults-form:faults-table", title);
      }
      String table = unit.text("faults-form:faults-table");
      for (String state : List.of("已报告", "已响应", "已解决待确认", "已关闭")) {
        assertTrue(table.contains(state), state + " in " + table);
      }
    }
  }

  @Test
  @DisplayName(
      "Art. 13: on the fault page the unit attaches a log (a disguised program is refused beside the field, nothing kept) and the provider downloads it")
  void art13_faultAttachmentsOnThePage() throws Exception {
    String unitToken = Api.token("wenzhou", "wenzhou.unit-applicant");
    JsonObject reported =
        Api.json(Api.get(unitToken, "/api/v1/tenants/wenzhou/faults?state=REPORTED").body())
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(f -> f.getString("title").equals("报表导出偶发超时"))
            .findFirst()
            .orElseThrow();
    String page = "/t/wenzhou/fault?id=" + reported.getJsonNumber("id").longValue();
    Path folder = Files.createTempDirectory("fault-files");
    Path program = folder.resolve("日志.pdf");
    Files.write(program, new byte[] {'M', 'Z', 0, 0, 1, 2, 3, 4});
    Path pdf = folder.resolve("故障日志.pdf");
    Files.write(pdf, Submissions.PDF);
    try (Browser unit = new Browser();
        Browser provider = new Browser()) {
      unit.open(page);
      unit.signIn("wenzhou.unit-applicant");
      unit.element("fault-upload-form:file").sendKeys(program.toAbsolutePath().toString());
      unit.click("fault-upload-form:upload");
      unit.waitForText("fault-upload-form", "未保存");
      assertTrue(unit.text("files-table").contains("暂无附件"), unit.text("files-table"));

      unit.element("fault-upload-form:file").sendKeys(pdf.toAbsolutePath().toString());
      unit.click("fault-upload-form:upload");
      unit.waitForText("files-table", "故障日志.pdf");

      provider.open(page);
      provider.signIn("wenzhou.provider-operator");
      provider.waitForText("files-table", "故障日志.pdf");
      String link =
          provider
              .driver()
              .findElement(By.cssSelector("#files-table a.download"))
              .getAttribute("id");
      assertArrayEquals(Submissions.PDF, provider.download(link));
    }
  }
}
