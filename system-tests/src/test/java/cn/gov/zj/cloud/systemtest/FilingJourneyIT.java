package cn.gov.zj.cloud.systemtest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Art. 5: a city files its platform's construction plan with the province, the province returns it
 * with an opinion, the city corrects and files it again, the province accepts it: in headless
 * Chromium through the real Keycloak sign-in.
 */
@ExtendWith(RunningStack.class)
class FilingJourneyIT {

  private static final String CITY = "jinhua";

  /** The province's decision with its opinion, confirmed in the dialog. */
  private static void decide(String filing, String action, String opinion) throws Exception {
    try (Browser province = new Browser()) {
      province.open("/t/zhejiang/filing?id=" + filing);
      province.signIn("zhejiang.province-admin");
      province.type("decision-form:opinion", opinion);
      province.click("decision-form:" + action);
      province.element("confirm-form:confirm-yes").click();
      province.waitForText("page-messages", "审查结果已保存");
      province.waitForText("filing-opinion", opinion);
    }
  }

  @Test
  @DisplayName(
      "Art. 5: a city files its platform, the province returns it, the city corrects and files"
          + " again, the province accepts: the platform is on the register")
  void art5_cityFilesProvinceReturnsThenAccepts() throws Exception {
    String name = Submissions.uniqueName("金华市政务云");
    Path plan = Files.createTempFile("建设方案", ".pdf");
    Files.writeString(
        plan, "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n", StandardCharsets.US_ASCII);
    String filing;
    try (Browser city = new Browser()) {
      city.open("/t/" + CITY + "/filing-new");
      city.signIn(CITY + ".tenant-admin");
      city.type("filing-form:platform-name", name);
      new Select(city.element("filing-form:mode")).selectByValue("LEASED");
      city.type("filing-form:provider", "某云服务商");
      city.type("filing-form:capacity-vcpu", "4000");
      city.type("filing-form:capacity-storage-tib", "500");
      new Select(city.element("filing-form:mlps-level")).selectByValue("3");
      city.driver().findElement(By.id("filing-form:file")).sendKeys(plan.toString());
      city.click("filing-form:file-plan");
      city.waitForUrlContaining("/filing?id=");
      city.waitForText("page-messages", "已报备");
      city.waitForText("filing-state", "已报备");
      filing = city.driver().getCurrentUrl().replaceAll("^.*[?&]id=(\\d+).*$", "$1");
    }

    try (Browser province = new Browser()) {
      province.open("/t/zhejiang/filings");
      province.signIn("zhejiang.province-admin");
      province.type("filings-form:filings-table:globalFilter", name);
      province.waitForText("filings-form:filings-table", name);
      assertTrue(province.text("filings-form:filings-table").contains("金华"));
    }
    decide(filing, "return", "容量测算依据不足，请补充");

    try (Browser city = new Browser()) {
      city.open("/t/" + CITY + "/filing?id=" + filing);
      city.signIn(CITY + ".tenant-admin");
      city.waitForText("filing-state", "已退回");
      city.waitForText("filing-opinion", "容量测算依据不足");
      city.type("correction-form:capacity-vcpu", "6000");
      city.click("correction-form:resubmit");
      city.waitForText("page-messages", "已重新报备");
      city.waitForText("filing-state", "已报备");
      city.waitForText("filing-capacity", "6000");
    }
    decide(filing, "accept", "同意备案");

    try (Browser province = new Browser()) {
      province.open("/t/zhejiang/filing-register");
      province.signIn("zhejiang.province-admin");
      province.waitForText("register-table", name);
    }
    try (Browser city = new Browser()) {
      city.open("/t/" + CITY + "/filing?id=" + filing);
      city.signIn(CITY + ".tenant-admin");
      city.waitForText("filing-state", "已备案");
      city.waitForText("filing-opinion", "同意备案");
      city.open("/t/" + CITY + "/notifications");
      city.waitForText("main", "平台备案");
    }
  }
}
