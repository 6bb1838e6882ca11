package cn.gov.zj.cloud.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.registry.CreditCode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The foundation's user journey in headless Chromium, through the real Keycloak login pages. */
@ExtendWith(RunningStack.class)
class RegistryJourneyIT {

  private static String freshCreditCode() {
    String digits =
        String.format(
            "%09d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 1_000_000_000L));
    String first17 = "12330100" + digits;
    return first17 + CreditCode.checkCharacter(first17);
  }

  @Test
  @DisplayName(
      "Art. 3, Art. 4, Art. 18, Art. 20: admin creates a unit, applicant registers a system, another city sees none of it")
  void registryJourney() throws Exception {
    String unitName = "杭州市浏览器测试局-" + UUID.randomUUID().toString().substring(0, 8);
    String code = freshCreditCode();
    try (Browser admin = new Browser()) {
      admin.open("/t/hangzhou/units");
      admin.signIn("hangzhou.tenant-admin");
      admin.element("new-unit").click();
      admin.type("unit-form:name", unitName);
      admin.type(
          "unit-form:credit-code", code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0'));
      admin.type("unit-form:contact", "0571-87654321");
      admin.element("unit-form:save").click();
      admin.waitForText("unit-form", "统一社会信用代码无效");

      admin.type("unit-form:credit-code", code);
      admin.element("unit-form:save").click();
      admin.waitForText("unit-name", unitName);
      assertEquals(code, admin.text("unit-credit-code"));

      admin.open("/t/hangzhou/units");
      admin.type("units-form:units-table:globalFilter", unitName);
      admin.waitForText("units-form:units-table", unitName);

      admin.open("/t/ningbo/units");
      admin.waitForUrlContaining("/realms/ningbo/");
      admin.open("/t/hangzhou/units");
      admin.element("units-form:units-table");

      admin.element("logout").click();
      admin.element("username");
      assertTrue(
          admin.driver().getCurrentUrl().contains("/realms/hangzhou/"),
          "signed out of Keycloak too");
    }

    String systemName = "杭州城市大脑-" + UUID.randomUUID().toString().substring(0, 8);
    try (Browser applicant = new Browser()) {
      applicant.open("/t/hangzhou/systems");
      applicant.signIn("hangzhou.unit-applicant");
      applicant.element("new-system").click();
      applicant.type("system-form:name", systemName);
      applicant.type("system-form:description", "城市运行管理平台");
      new Select(applicant.element("system-form:mlps-level")).selectByValue("3");
      applicant.type("system-form:security-officer", "陈七");
      new Select(applicant.element("system-form:cloud-status")).selectByValue("EXEMPT");
      applicant.element("system-form:save").click();
      applicant.waitForText("system-form", "依法豁免的系统须写明法律依据");

      applicant.type("system-form:exemption-basis", "《中华人民共和国保守国家秘密法》");
      applicant.element("system-form:save").click();
      applicant.waitForText("system-name", systemName);
      assertEquals("陈七", applicant.text("system-security-officer"));
      assertTrue(
          applicant
              .element("apply")
              .findElement(By.tagName("a"))
              .getAttribute("href")
              .contains("application-new?system="),
          "申请上云 offered with the system preselected");
      applicant.element("applications-table");

      applicant.open("/t/hangzhou/systems");
      applicant.waitForText("systems-form:systems-table", systemName);
    }

    try (Browser other = new Browser()) {
      other.open("/t/ningbo/systems");
      other.signIn("ningbo.unit-applicant");
      other.element("systems-form:systems-table");
      assertFalse(other.text("systems-form:systems-table").contains(systemName));
      other.type("systems-form:systems-table:globalFilter", systemName);
      other.waitForText("systems-form:systems-table", "暂无记录");
      assertTrue(other.driver().findElements(By.linkText(systemName)).isEmpty());
    }
  }

  @Test
  @DisplayName("Art. 5: an unknown tenant is a 404 page, not an error trace; English on request")
  void unknownTenantAndEnglish() throws Exception {
    try (Browser browser = new Browser()) {
      browser.open("/t/shanghai/");
      assertEquals("404", browser.text("error-code"));
      browser.open("/");
      browser.element("tenant-hangzhou");
      browser.element("lang-en").click();
      browser.waitForText("choose-tenant", "Choose your tenant");
      assertEquals("Hangzhou", browser.text("tenant-hangzhou"));
    }
  }

  /** Waits for PrimeFaces' Ajax queue to empty (the table's filter sends a request per key). */
  private static void ajaxDone(Browser browser) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .until(
            driver ->
                Boolean.TRUE.equals(
                    ((JavascriptExecutor) driver)
                        .executeScript(
                            "return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
  }

  private static Path csv(String content) throws Exception {
    Path file = Files.createTempFile("units", ".csv");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    file.toFile().deleteOnExit();
    return file;
  }

  @Test
  @DisplayName(
      "Art. 3: the admin imports units (a bad file is named cell by cell, nothing stored), confirms a good one, and retires a unit with a reason")
  void art3_importPreviewConfirmAndRetire() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String first = "湖州市导入甲局-" + tag;
    String second = "湖州市导入乙局-" + tag;
    Path bad = csv("name,creditCode,contact\n" + first + ",123,0572-1\n");
    Path good =
        csv(
            "name,creditCode,contact\n"
                + first
                + ","
                + freshCreditCode()
                + ",0572-1\n"
                + second
                + ","
                + freshCreditCode()
                + ",0572-2\n");
    try (Browser admin = new Browser()) {
      admin.open("/t/huzhou/units-import");
      admin.signIn("huzhou.tenant-admin");
      admin.element("import-form:file").sendKeys(bad.toAbsolutePath().toString());
      admin.element("import-form:check").click();
      admin.waitForText("import-form:errors-table", "B2");
      assertTrue(admin.text("import-form:errors-table").contains("统一社会信用代码无效"));
      assertTrue(admin.driver().findElements(By.id("import-form:confirm")).isEmpty());

      admin.element("import-form:file").sendKeys(good.toAbsolutePath().toString());
      admin.element("import-form:check").click();
      admin.waitForText("import-form:preview-valid", "2");
      admin.element("import-form:confirm").click();
      admin.element("confirm-form:confirm-yes").click();
      admin.waitForUrlContaining("/t/huzhou/units");
      admin.type("units-form:units-table:globalFilter", tag);
      ajaxDone(admin);
      admin.waitForText("units-form:units-table", second);
      admin.driver().findElement(By.linkText(second)).click();
      admin.waitForText("unit-name", second);
      assertEquals("在册", admin.text("unit-status"));

      admin.element("retire-form:retire").click();
      admin.element("confirm-form:confirm-yes").click();
      admin.waitForText("retire-form", "必填");
      admin.type("retire-form:reason", "机构改革撤并");
      admin.element("retire-form:retire").click();
      admin.element("confirm-form:confirm-yes").click();
      admin.waitForText("unit-status", "已退出登记");
      assertEquals("机构改革撤并", admin.text("unit-retired-reason"));
      assertTrue(admin.driver().findElements(By.id("retire-form:retire")).isEmpty());
    }
  }
}
