package cn.gov.zj.cloud.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Art. 6–12: the application lifecycle in headless Chromium, each role in its own browser, in
 * zhoushan (no other system test works there): wizard, review, trial, tests, activation, change,
 * termination; and a level-3 system whose test results need the CNAS third-party report.
 */
@ExtendWith(RunningStack.class)
class LifecycleJourneyIT {

  private static final String TENANT = "zhoushan";
  private static final String PAGES = "/t/" + TENANT + "/";
  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  private static final Pattern ID = Pattern.compile("[?&]id=(\\d+)");

  private static Path pdf;

  @BeforeAll
  static void pdfFile() throws Exception {
    pdf = Files.createTempFile("materials", ".pdf");
    Files.write(pdf, PDF);
    pdf.toFile().deleteOnExit();
  }

  /** Art. 3: the system to apply for, registered over REST (the registry has its own journey). */
  static long systemOf(String name, int level) throws Exception {
    String token = Api.token(TENANT, TENANT + ".unit-applicant");
    String body =
        """
        {"name": "%s", "mlpsLevel": %d, "securityOfficer": "林十", "cloudStatus": "NOT_MIGRATED",
         "publicFacing": false}
        """
            .formatted(name, level);
    HttpResponse<String> created = Api.post(token, "/api/v1/tenants/" + TENANT + "/systems", body);
    assertEquals(201, created.statusCode(), created.body());
    return Api.json(created.body()).getJsonNumber("id").longValue();
  }

  private static void select(Browser browser, String id, String value) {
    new Select(browser.element(id)).selectByValue(value);
  }

  /** Uploads the PDF as {@code kind} with the upload form of the page. */
  private static void upload(Browser browser, String kind, String kindLabel, String tableId) {
    select(browser, "upload-form:kind", kind);
    browser.element("upload-form:file").sendKeys(pdf.toAbsolutePath().toString());
    browser.element("upload-form:upload").click();
    browser.waitForText(tableId, kindLabel);
  }

  /** Art. 9: the functional, performance and security test reports of the trial. */
  private static void uploadTestReports(Browser applicant) {
    upload(applicant, "FUNCTIONAL_TEST_REPORT", "功能测试报告", "attachments-table");
    upload(applicant, "PERFORMANCE_TEST_REPORT", "性能测试报告", "attachments-table");
    upload(applicant, "SECURITY_TEST_REPORT", "安全测试报告", "attachments-table");
  }

  /** Opens the action from the application's page, fills nothing more, fires and confirms. */
  private static void act(Browser browser, long id, String action) {
    openAction(browser, id, action);
    fire(browser);
  }

  private static void openAction(Browser browser, long id, String action) {
    browser.open(PAGES + "application?id=" + id);
    browser.element("action-" + action).click();
    browser.element("action-form:fire");
  }

  private static void fire(Browser browser) {
    browser.element("action-form:fire").click();
    browser.element("confirm-form:confirm-yes").click();
  }

  private static void expectState(Browser browser, String state) {
    browser.waitForUrlContaining("/application?id=");
    browser.waitForText("application-state", state);
  }

  @Test
  @DisplayName(
      "Art. 6–12: a level-2 system from the wizard through return, approval, trial, tests, activation, change and termination, in the browser")
  void wholeLifecycle() throws Exception {
    String systemName = "舟山海洋监测-" + UUID.randomUUID().toString().substring(0, 8);
    systemOf(systemName, 2);
    try (Browser applicant = new Browser();
        Browser reviewer = new Browser();
        Browser provider = new Browser()) {
      // Art. 7: the wizard; a bad step keeps what was typed and says what is wrong beside it
      applicant.open(PAGES + "applications");
      applicant.signIn(TENANT + ".unit-applicant");
      applicant.element("new-application").click();
      new Select(applicant.element("wizard-form:system-id")).selectByVisibleText(systemName);
      applicant.element("wizard-form:to-resources").click();
      applicant.element("wizard-form:to-materials").click();
      applicant.waitForText("wizard-form:resources", "至少需要一项云资源需求");

      applicant.element("wizard-form:add-line").click();
      applicant.type("wizard-form:lines:0:quantity", "2");
      applicant.type("wizard-form:lines:0:vcpu", "500");
      applicant.type("wizard-form:lines:0:memory-gib", "16");
      applicant.type("wizard-form:lines:0:system-disk-gib", "100");
      applicant.type("wizard-form:lines:0:data-disk-gib", "500");
      applicant.type("wizard-form:lines:0:os", "openEuler 22.03");
      select(applicant, "wizard-form:new-type", "BANDWIDTH");
      applicant.element("wizard-form:add-line").click();
      applicant.type("wizard-form:lines:1:mbps", "50");
      applicant.element("wizard-form:to-materials").click();
      applicant.waitForText("wizard-form:resources", "必须在 1 到 128 之间");
      assertEquals(
          "2", applicant.element("wizard-form:lines:0:quantity").getAttribute("value"), "kept");
      applicant.type("wizard-form:lines:0:vcpu", "8");
      applicant.element("wizard-form:to-materials").click();
      applicant.element("draft-created");

      upload(applicant, "CONSTRUCTION_PLAN", "应用系统建设方案", "wizard-buttons:attachments-table");
      upload(applicant, "SELF_TEST_REPORT", "性能和安全自测报告", "wizard-buttons:attachments-table");
      applicant.element("wizard-buttons:to-review").click();
      applicant.waitForText("review-system", systemName);
      applicant.element("wizard-buttons:submit").click();
      applicant.element("confirm-form:confirm-yes").click();
      expectState(applicant, "待受理");
      Matcher found = ID.matcher(applicant.driver().getCurrentUrl());
      assertTrue(found.find());
      long id = Long.parseLong(found.group(1));
      assertTrue(applicant.text("application-due").contains("剩余"), "working days left shown");
      assertTrue(applicant.text("plan-asked").contains("50 Mbps"));
      String timeline = applicant.text("timeline");
      assertTrue(timeline.contains("创建草稿") && timeline.contains("提交申请"), timeline);

      // Art. 8: the reviewer finds it in the list, returns it with an opinion (required)
      reviewer.open(PAGES + "applications");
      reviewer.signIn(TENANT + ".reviewer");
      reviewer.type("applications-form:applications-table:globalFilter", systemName);
      reviewer.waitForText("applications-form:applications-table", systemName);
      reviewer.waitForText("applications-form:applications-table", "待受理");
      assertTrue(reviewer.text("applications-form:applications-table").contains("剩余"));
      assertFalse(reviewer.text("applications-form:applications-table").contains("已逾期"));
      new WebDriverWait(reviewer.driver(), Duration.ofSeconds(30))
          .ignoring(StaleElementReferenceException.class)
          .until(
              driver -> {
                driver.findElement(By.linkText(systemName)).click();
                return true;
              });
      reviewer.waitForText("application-state", "待受理");
      assertTrue(reviewer.element("action-reject").getAttribute("class").contains("action-refuse"));
      assertTrue(
          reviewer.element("action-accept").getAttribute("class").contains("action-approve"));
      assertEquals(
          "rgba(179, 38, 30, 1)",
          reviewer.element("action-reject").getCssValue("border-top-color"),
          "不予受理 in a red outline");
      openAction(reviewer, id, "reject");
      reviewer.waitForText("attachments-table", "应用系统建设方案");
      fire(reviewer);
      reviewer.waitForText("action-form", "请填写意见");
      reviewer.type("action-form:opinion", "建设方案缺少容灾设计，请补充后重新提交");
      fire(reviewer);
      expectState(reviewer, "不予受理");
      timeline = reviewer.text("timeline");
      assertTrue(timeline.contains("建设方案缺少容灾设计"), timeline);
      assertTrue(timeline.contains("“受理”环节按期办结"), timeline);

      // Art. 7, 8: resubmitted, accepted, approved
      act(applicant, id, "submit");
      expectState(applicant, "待受理");
      act(reviewer, id, "accept");
      expectState(reviewer, "已受理（待审批）");
      reviewer.waitForText("growl_container", "已受理；下一步“审批”，办理期限 20");
      openAction(reviewer, id, "approve");
      reviewer.type("action-form:opinion", "同意，按申请配置");
      fire(reviewer);
      expectState(reviewer, "已审批（待提供试用环境）");

      // Art. 9: the provider hands over the trial environment within the bounds in force
      provider.open(PAGES + "application?id=" + id);
      provider.signIn(TENANT + ".provider-operator");
      provider.waitForText("application-step", "提供试用环境");
      openAction(provider, id, "provide-trial");
      provider.type("action-form:trial-days", "40");
      provider.type("action-form:environment", "10.20.0.8，运维账号已交付");
      fire(provider);
      provider.waitForText("action-form", "试用期须为");
      provider.type("action-form:trial-days", "20");
      fire(provider);
      expectState(provider, "试用中");
      assertTrue(provider.text("trial-environment").contains("10.20.0.8"));

      // Art. 9, 10: the unit's three test reports, then the final approval
      applicant.open(PAGES + "application?id=" + id);
      uploadTestReports(applicant);
      act(applicant, id, "submit-test-results");
      expectState(applicant, "测试报告已提交（待终审）");
      act(reviewer, id, "final-approve");
      expectState(reviewer, "已开通");
      assertTrue(reviewer.text("plan-allocated").contains("50 Mbps"));

      // Art. 11: a change of bandwidth, approved and executed
      openAction(applicant, id, "request-change");
      assertEquals(
          "50", applicant.element("action-form:lines:1:mbps").getAttribute("value"), "prefilled");
      applicant.type("action-form:lines:1:mbps", "100");
      fire(applicant);
      expectState(applicant, "变更待审批");
      assertTrue(applicant.text("plan-pending").contains("100 Mbps"));
      act(reviewer, id, "approve-change");
      expectState(reviewer, "变更已批准（待实施）");
      act(provider, id, "execute-change");
      expectState(provider, "已开通");
      assertTrue(provider.text("plan-allocated").contains("100 Mbps"));

      // Art. 12: termination with the three confirmations and the backup confirmation
      applicant.open(PAGES + "application?id=" + id);
      upload(applicant, "BACKUP_CONFIRMATION", "数据迁移备份确认书", "attachments-table");
      openAction(applicant, id, "request-termination");
      fire(applicant);
      applicant.waitForText("action-form", "请确认已完成应用系统下线及数据迁移备份");
      applicant.element("action-form:system-offline").click();
      applicant.element("action-form:data-migrated").click();
      applicant.element("action-form:data-backed-up").click();
      fire(applicant);
      expectState(applicant, "终止待审核");
      act(reviewer, id, "approve-termination");
      expectState(reviewer, "终止已批准（待回收资源）");
      act(provider, id, "reclaim");
      expectState(provider, "已终止");

      timeline = provider.text("timeline");
      for (String entry :
          new String[] {
            "不予受理",
            "受理",
            "审批通过",
            "提供试用环境",
            "提交测试报告",
            "终审通过并开通",
            "申请变更",
            "实施变更",
            "申请终止",
            "回收资源",
            TENANT + ".reviewer",
            "试用期：20 天",
            "一般变更"
          }) {
        assertTrue(timeline.contains(entry), entry + " in " + timeline);
      }
      assertTrue(provider.text("no-actions").contains("没有可办理的操作"));
    }
  }

  @Test
  @DisplayName(
      "Art. 9: at MLPS level 3 the test results are refused without the CNAS third-party report; the state stays")
  void levelThreeNeedsTheThirdPartyReport() throws Exception {
    String name = "舟山三级系统-" + UUID.randomUUID().toString().substring(0, 8);
    long systemId = systemOf(name, 3);
    long id = inTrial(systemId);
    try (Browser applicant = new Browser()) {
      applicant.open(PAGES + "application?id=" + id);
      applicant.signIn(TENANT + ".unit-applicant");
      applicant.waitForText("application-state", "试用中");
      uploadTestReports(applicant);
      openAction(applicant, id, "submit-test-results");
      fire(applicant);
      applicant.waitForText("materials-check", "第三方测评报告（CNAS 认可）：等保三级及以上");
      applicant.waitForText("action-form", "必填项");
      applicant.open(PAGES + "application?id=" + id);
      applicant.waitForText("application-state", "试用中");
      assertFalse(applicant.text("timeline").contains("提交测试报告"));
    }
  }

  /** Art. 7–9 over REST: a draft with its materials, submitted, accepted, approved, in trial. */
  static long inTrial(long systemId) throws Exception {
    String applicant = Api.token(TENANT, TENANT + ".unit-applicant");
    String reviewer = Api.token(TENANT, TENANT + ".reviewer");
    String provider = Api.token(TENANT, TENANT + ".provider-operator");
    String base = "/api/v1/tenants/" + TENANT + "/applications";
    String draft =
        "{\"systemId\": "
            + systemId
            + ", \"resources\": [{\"type\": \"BANDWIDTH\", \"mbps\": 20}]}";
    long id = Api.json(Api.post(applicant, base, draft).body()).getJsonNumber("id").longValue();
    for (String kind : new String[] {"CONSTRUCTION_PLAN", "SELF_TEST_REPORT"}) {
      assertEquals(
          201,
          Api.upload(applicant, base + "/" + id + "/attachments", kind, "m.pdf", PDF).statusCode());
    }
    String[][] steps = {
      {applicant, "submit", "{}"},
      {reviewer, "accept", "{}"},
      {reviewer, "approve", "{\"opinion\": \"同意\"}"},
      {provider, "provide-trial", "{\"trialDays\": 20, \"environment\": \"10.20.0.9\"}"}
    };
    for (String[] step : steps) {
      HttpResponse<String> done =
          Api.post(step[0], base + "/" + id + "/actions/" + step[1], step[2]);
      assertEquals(200, done.statusCode(), step[1] + ": " + done.body());
    }
    return id;
  }
}
