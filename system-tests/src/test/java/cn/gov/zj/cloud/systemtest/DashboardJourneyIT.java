package cn.gov.zj.cloud.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Art. 4, 5: the dashboards over the whole stack: a city administrator opens the city's dashboard
 * (charts drawn under the Content-Security-Policy, tables beside them), follows a figure to the
 * list behind it and exports the tables; the province compares the cities; the REST endpoints'
 * refusals (403, 400 naming {@code year}, another tenant's path).
 */
@ExtendWith(RunningStack.class)
class DashboardJourneyIT {

  private static final String CITY = "lishui";
  private static final String CITY_API = "/api/v1/tenants/" + CITY + "/dashboard";
  private static final String PROVINCE_API = "/api/v1/tenants/zhejiang/oversight/dashboard";

  private static JsonObject cityJson(String role) throws Exception {
    HttpResponse<String> answer = Api.get(Tokens.of(CITY, role), CITY_API);
    assertEquals(200, answer.statusCode(), answer.body());
    return Api.json(answer.body());
  }

  /** An application submitted and accepted in the city this year: a state and a closed step. */
  private static void acceptedApplication() throws Exception {
    String applicant = Tokens.of(CITY, "unit-applicant");
    long id = Submissions.submitted(CITY, applicant, Submissions.uniqueName("驾驶舱"));
    HttpResponse<String> accept =
        Api.post(
            Tokens.of(CITY, "reviewer"),
            Submissions.base(CITY) + "/" + id + "/actions/accept",
            "{\"opinion\": \"材料齐全\"}");
    assertEquals(200, accept.statusCode(), accept.body());
  }

  /** Another realm's token on a tenant's path: 401 (or 403), problem+json, no figures. */
  private static void refusedAsAnotherRealm(HttpResponse<String> answer) {
    assertTrue(answer.statusCode() == 401 || answer.statusCode() == 403, answer.body());
    Api.assertProblem(answer, answer.statusCode());
  }

  @Test
  @DisplayName(
      "Art. 4: a city administrator opens the dashboard, sees the charts and the tables, follows"
          + " the accepted applications' figure to the filtered list and exports the tables")
  void art4_cityAdministratorFollowsAFigureToItsList() throws Exception {
    acceptedApplication();
    JsonObject json = cityJson("tenant-admin");
    long accepted = json.getJsonObject("applications").getJsonObject("byState").getInt("ACCEPTED");
    assertTrue(accepted >= 1, json.toString());
    assertTrue(json.getJsonObject("onTime").getInt("closed") >= 1, json.toString());
    assertEquals(
        List.of("onCloud", "registered", "exempt", "ratio"),
        List.copyOf(json.getJsonObject("adoption").keySet()));
    assertEquals(json, cityJson("reviewer"));

    try (Browser city = new Browser()) {
      city.open("/t/" + CITY + "/");
      city.signIn(CITY + ".tenant-admin");
      city.click("home-dashboard-link");
      city.waitForUrlContaining("/dashboard");
      city.waitForText("state-ACCEPTED", Long.toString(accepted));
      assertTrue(city.text("dashboard-heading").contains("监管工作台"));
      city.driver().findElement(By.cssSelector("#chart-months[data-drawn='true'] canvas"));
      city.driver().findElement(By.cssSelector("#chart-satisfaction[data-drawn='true'] canvas"));
      assertEquals(List.of(), city.policyViolations());
      byte[] sheet = city.download("export-form:export");
      try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(sheet))) {
        assertEquals("逐月指标", book.getSheetAt(0).getSheetName());
        assertEquals("法定环节", book.getSheetAt(1).getSheetName());
      }
      city.click("state-ACCEPTED");
      city.waitForUrlContaining("applications?state=ACCEPTED");
      city.waitForText("applications-form:applications-table", "驾驶舱");
      assertEquals(
          "ACCEPTED", city.element("applications-form:state-filter").getAttribute("value"));
      city.open("/t/" + CITY + "/dashboard?year=abc");
      city.waitForText("year-invalid", "年度无效");
    }
  }

  @Test
  @DisplayName(
      "Art. 4: the province compares the cities side by side with the ranking rule stated, and"
          + " follows a city to its systems; each city's figures are the city's own")
  void art4_provinceComparesCities() throws Exception {
    acceptedApplication();
    HttpResponse<String> answer = Api.get(Tokens.of("zhejiang", "province-admin"), PROVINCE_API);
    assertEquals(200, answer.statusCode(), answer.body());
    JsonObject province = Api.json(answer.body());
    assertEquals("onTimeRate", province.getString("rankedBy"));
    assertEquals(11, province.getJsonArray("cities").size());
    JsonObject lishui =
        province.getJsonArray("cities").getValuesAs(JsonObject.class).stream()
            .filter(c -> c.getString("tenant").equals(CITY))
            .findFirst()
            .orElseThrow();
    assertEquals(
        cityJson("reviewer").getJsonObject("applications"), lishui.getJsonObject("applications"));
    assertTrue(province.getJsonObject("total").containsKey("adoption"));

    try (Browser browser = new Browser()) {
      browser.open("/t/zhejiang/");
      browser.signIn("zhejiang.province-admin");
      browser.click("nav-oversight-dashboard");
      browser.waitForText("cities-table", "丽水市");
      assertTrue(browser.text("ranking-rule").contains("按时办结率"));
      browser.driver().findElement(By.cssSelector("#chart-cities[data-drawn='true'] canvas"));
      assertEquals(List.of(), browser.policyViolations());
      browser.click("city-link-" + CITY);
      browser.waitForUrlContaining("oversight?tenant=" + CITY);
      assertEquals(CITY, browser.element("oversight-form:tenant-filter").getAttribute("value"));
    }
  }

  @Test
  @DisplayName(
      "Attack: wrong roles are 403, a bad year 400 naming year, a city's token on the province's"
          + " path refused, all as problem+json")
  void attack_refusals() throws Exception {
    for (String role : List.of("unit-applicant", "provider-operator", "security-supervisor")) {
      Api.assertProblem(Api.get(Tokens.of(CITY, role), CITY_API), 403);
    }
    Api.assertProblem(
        Api.get(
            Tokens.of(CITY, "tenant-admin"), "/api/v1/tenants/" + CITY + "/oversight/dashboard"),
        403);
    refusedAsAnotherRealm(Api.get(Tokens.of("zhejiang", "province-admin"), CITY_API));
    refusedAsAnotherRealm(Api.get(Tokens.of(CITY, "tenant-admin"), PROVINCE_API));
    for (String year : List.of("1999", "abc", "2026-01", "%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%96")) {
      HttpResponse<String> bad = Api.get(Tokens.of(CITY, "reviewer"), CITY_API + "?year=" + year);
      Api.assertProblem(bad, 400);
      assertTrue(bad.body().contains("\"year\""), bad.body());
    }
    assertEquals(
        2025,
        Api.json(Api.get(Tokens.of(CITY, "reviewer"), CITY_API + "?year=2025").body())
            .getInt("year"));
  }
}
