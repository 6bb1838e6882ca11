package cn.gov.zj.cloud.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Art. 7, 9: the wizard and the action pages guided by each action's declared materials, in
 * headless Chromium, in zhoushan (the lifecycle journeys' tenant; each test its own system): a
 * checklist with done and missing marks, uploads above the buttons, no step past the materials
 * while one is missing, refusals beside the fields with what was typed kept (never the 500 page),
 * drafts resumed from the list, and a system's open application linked at step 1.
 */
@ExtendWith(RunningStack.class)
class WizardJourneyIT {

  private static final String TENANT = "zhoushan";
  private static final String PAGES = "/t/" + TENANT + "/";
  private static final Pattern DRAFT = Pattern.compile("申请编号 (\\d+)");
  private static final String FAILURE = "服务暂时出错";

  private static Path pdf;

  @BeforeAll
  static void pdfFile() throws Exception {
    pdf = Files.createTempFile("materials", ".pdf");
    Files.write(
        pdf,
        "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    pdf.toFile().deleteOnExit();
  }

  private static void upload(Browser browser, String kind) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .until(ExpectedConditions.invisibilityOfElementLocated(By.id("confirm-form:confirm-yes")));
    new Select(browser.element("upload-form:kind")).selectByValue(kind);
    browser.element("upload-form:file").sendKeys(pdf.toAbsolutePath().toString());
    browser.element("upload-form:upload").click();
    browser.waitForText("material-" + kind, "已上传");
  }

  private static void noFailurePage(Browser browser) {
    assertFalse(browser.driver().getPageSource().contains(FAILURE), "the 500 page");
  }

  /** The upload form's button is above the action buttons (smaller y on the page). */
  private static void uploadAbove(Browser browser, String buttonId) {
    int upload = browser.element("upload-form:upload").getLocation().getY();
    int button = browser.element(buttonId).getLocation().getY();
    assertTrue(upload < button, "upload at " + upload + " above " + buttonId + " at " + button);
  }

  @Test
  @DisplayName(
      "art7_ the wizard shows the submission's checklist, refuses to go on while a material is missing (beside the checklist, no 500), resumes the draft from the list and links the system's open application at step 1")
  void art7_wizardFollowsTheDeclaredMaterials() throws Exception {
    String name = "舟山向导-" + UUID.randomUUID().toString().substring(0, 8);
    LifecycleJourneyIT.systemOf(name, 2);
    try (Browser applicant = new Browser()) {
      applicant.open(PAGES + "application-new");
      applicant.signIn(TENANT + ".unit-applicant");
      new Select(applicant.element("wizard-form:system-id")).selectByVisibleText(name);
      applicant.element("wizard-form:to-resources").click();
      new Select(applicant.element("wizard-form:new-type")).selectByValue("BANDWIDTH");
      applicant.element("wizard-form:add-line").click();
      applicant.type("wizard-form:lines:0:mbps", "50");
      applicant.element("wizard-form:to-materials").click();
      Matcher draft = DRAFT.matcher(applicant.text("draft-created"));
      assertTrue(draft.find());
      long id = Long.parseLong(draft.group(1));

      // Art. 7: the checklist from the declaration, both missing; the uploads above the buttons
      applicant.waitForText("material-CONSTRUCTION_PLAN", "缺少");
      applicant.waitForText("material-SELF_TEST_REPORT", "缺少");
      uploadAbove(applicant, "wizard-buttons:to-review");
      applicant.element("wizard-buttons:to-review").click();
      applicant.waitForText("materials-check", "应用系统建设方案：");
      noFailurePage(applicant);
      applicant.element("wizard-buttons:to-review");
      assertTrue(applicant.text("wizard-steps").contains("申请材料"));

      // the submission itself, without materials, from the action page: refused, no 500
      applicant.open(PAGES + "application-action?id=" + id + "&action=submit");
      applicant.type("action-form:opinion", "请审核");
      applicant.element("action-form:fire").click();
      applicant.element("confirm-form:confirm-yes").click();
      applicant.waitForText("materials-check", "性能和安全自测报告：");
      noFailurePage(applicant);
      assertEquals("请审核", applicant.element("action-form:opinion").getAttribute("value"), "kept");

      // Art. 7: the draft is listed on top of 上云申请 and resumed at its materials
      applicant.open(PAGES + "applications");
      applicant.waitForText("drafts-form:drafts-table", name);
      applicant.click("resume-" + id);
      applicant.waitForText("draft-created", String.valueOf(id));
      upload(applicant, "CONSTRUCTION_PLAN");
      applicant.waitForText("material-SELF_TEST_REPORT", "缺少");

      // Art. 7: the draft's resource lines are edited: back, changed, saved
      applicant.element("wizard-buttons:back-to-resources").click();
      assertEquals(
          "50", applicant.element("wizard-form:lines:0:mbps").getAttribute("value"), "kept");
      applicant.type("wizard-form:lines:0:mbps", "80");
      applicant.element("wizard-form:to-materials").click();
      applicant.waitForText("draft-created", String.valueOf(id));
      upload(applicant, "SELF_TEST_REPORT");
      applicant.element("wizard-buttons:to-review").click();
      applicant.waitForText("review-system", name);
      applicant.element("wizard-buttons:submit").click();
      applicant.element("confirm-form:confirm-yes").click();
      applicant.waitForUrlContaining("/application?id=" + id);
      applicant.waitForText("application-state", "待受理");
      applicant.waitForText("growl_container", "下一步“受理”，办理期限 20");
      assertTrue(applicant.text("plan-asked").contains("80 Mbps"));

      // Art. 7: a second application for the same system is refused at step 1, with a link
      applicant.open(PAGES + "application-new");
      new Select(applicant.element("wizard-form:system-id")).selectByVisibleText(name);
      applicant.element("wizard-form:to-resources").click();
      applicant.waitForText("wizard-form", "已有办理中的申请");
      String link = applicant.element("wizard-form:open-application").getAttribute("href");
      assertTrue(link.contains("application?id=" + id), link);
    }
  }

  @Test
  @DisplayName(
      "art9_ test results without the reports are refused beside the checklist with the opinion kept, never the 500 page; the approving button is styled as such")
  void art9_testResultsWithoutReports() throws Exception {
    String name = "舟山测试报告-" + UUID.randomUUID().toString().substring(0, 8);
    long id = LifecycleJourneyIT.inTrial(LifecycleJourneyIT.systemOf(name, 2));
    try (Browser applicant = new Browser()) {
      applicant.open(PAGES + "application-action?id=" + id + "&action=submit-test-results");
      applicant.signIn(TENANT + ".unit-applicant");
      applicant.waitForText("material-FUNCTIONAL_TEST_REPORT", "缺少");
      assertTrue(applicant.textNow("material-THIRD_PARTY_TEST_REPORT") == null, "level 2");
      uploadAbove(applicant, "action-form:fire");
      assertEquals(
          "rgba(26, 107, 60, 1)",
          applicant.element("action-form:fire").getCssValue("background-color"),
          "approving style from actions.css");
      applicant.type("action-form:opinion", "三项测试均已完成");
      applicant.element("action-form:fire").click();
      applicant.element("confirm-form:confirm-yes").click();
      applicant.waitForText("materials-check", "功能测试报告：");
      noFailurePage(applicant);
      assertEquals("三项测试均已完成", applicant.element("action-form:opinion").getAttribute("value"));
      upload(applicant, "FUNCTIONAL_TEST_REPORT");
      applicant.waitForText("material-SECURITY_TEST_REPORT", "缺少");
    }
  }
}
