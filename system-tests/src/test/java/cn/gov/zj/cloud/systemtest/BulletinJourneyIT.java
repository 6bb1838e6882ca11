package cn.gov.zj.cloud.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Art. 19: the provider's monthly bulletin read by a unit (its receipt seen by the reviewer), and
 * the compliance page with the months lacking a bulletin flagged, in headless Chromium.
 */
@ExtendWith(RunningStack.class)
class BulletinJourneyIT {

  private static final String TENANT = "taizhou";
  private static final String API = "/api/v1/tenants/" + TENANT + "/";
  private static final String PAGES = "/t/" + TENANT + "/";

  @Test
  @DisplayName("Art. 19: a bulletin read by a unit; the reviewer sees who read it and when")
  void bulletinReadByAUnit() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long id = published("安全通报 " + tag);
    try (Browser unit = new Browser()) {
      unit.open(PAGES + "bulletins");
      unit.signIn(TENANT + ".unit-applicant");
      // the filter applies by Ajax: row 0 is this bulletin once it shows its title
      unit.type("bulletins-form:bulletins-table:globalFilter", tag);
      unit.waitForText("bulletins-form:bulletins-table:0:open", tag);
      assertEquals("未读", unit.text("bulletins-form:bulletins-table:0:read"));
      unit.click("bulletins-form:bulletins-table:0:open");
      unit.waitForText("bulletin-heading", tag);
      unit.waitForText("read-state", "已读");
      unit.open(PAGES + "bulletins");
      unit.type("bulletins-form:bulletins-table:globalFilter", tag);
      unit.waitForText("bulletins-form:bulletins-table:0:open", tag);
      unit.waitForText("bulletins-form:bulletins-table:0:read", "已读");
    }
    try (Browser reviewer = new Browser()) {
      reviewer.open(PAGES + "bulletin?id=" + id);
      reviewer.signIn(TENANT + ".reviewer");
      reviewer.waitForText("receipts-table", TENANT + ".unit-applicant");
      assertFalse(reviewer.text("receipts-table").contains(TENANT + ".reviewer"));
    }
  }

  @Test
  @DisplayName("Art. 19: the compliance page flags a month without a bulletin and the drill")
  void complianceWithAMissingMonthFlagged() throws Exception {
    published("合规检查通报 " + UUID.randomUUID().toString().substring(0, 8));
    String reviewer = Api.token(TENANT, TENANT + ".reviewer");
    JsonObject compliance =
        Api.json(Api.get(reviewer, API + "compliance/security?year=2026").body());
    assertFalse(compliance.getJsonArray("missingMonths").isEmpty(), compliance.toString());
    YearMonth missing = YearMonth.parse(compliance.getJsonArray("missingMonths").getString(0));
    try (Browser browser = new Browser()) {
      browser.open(PAGES + "compliance");
      browser.signIn(TENANT + ".security-supervisor");
      String row = "compliance-form:months-table:" + (missing.getMonthValue() - 1);
      browser.waitForText(row + ":month", missing.toString());
      browser.waitForText(row + ":state", "缺失");
      assertTrue(
          browser
              .element(row + ":state")
              .findElement(org.openqa.selenium.By.xpath("./ancestor::tr"))
              .getAttribute("class")
              .contains("overdue"));
      browser.waitForText("drill-state", "年度应急演练");
    }
  }

  /** Publishes a bulletin for the latest month of 2026 that has none yet; its id. */
  private static long published(String title) throws Exception {
    String provider = Api.token(TENANT, TENANT + ".provider-operator");
    for (int month = 11; month >= 1; month--) {
      HttpResponse<String> response =
          Api.post(
              provider,
              API + "bulletins",
              "{\"month\": \""
                  + YearMonth.of(2026, month)
                  + "\", \"title\": \""
                  + title
                  + "\", \"body\": \"本月未发现高危漏洞。\"}");
      if (response.statusCode() == 201) {
        return Api.json(response.body()).getJsonNumber("id").longValue();
      }
      assertEquals(409, response.statusCode(), response.body());
    }
    throw new AssertionError("every month of 2026 has its bulletin");
  }
}
