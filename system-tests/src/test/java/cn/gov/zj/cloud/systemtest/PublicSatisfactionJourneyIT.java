package cn.gov.zj.cloud.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Art. 23, 24 in headless Chromium on the running stack, as citizens know it from 浙里办: a service
 * published by the private zone is rated by a citizen; the citizen opens the tenant's satisfaction
 * statistics (the definition of the rate in words, citizens' and units' ratings apart), follows the
 * service to its year with the monthly trend, and opens the ranking of every city (晾晒) with its own
 * city marked; every page passes axe-core. The REST beside the pages refuses bad input with 400
 * problem+json and another tenant's service with 404.
 */
@ExtendWith(RunningStack.class)
class PublicSatisfactionJourneyIT {

  private static final String TENANT = "jinhua";
  private static final String PAGES = "/t/" + TENANT + "/";

  @Test
  @DisplayName(
      "Art. 23: a citizen opens the statistics, follows a service to its monthly trend and sees the ranking of the cities")
  void art23_aCitizenReadsTheStatisticsTheTrendAndTheRanking() throws Exception {
    String name = Submissions.uniqueName("满意度公开服务");
    String service = Fixtures.publicService(TENANT, name);
    listed(service);
    HttpResponse<String> rated =
        PublicApi.post(
            "/api/v1/tenants/" + TENANT + "/ratings",
            "{\"serviceId\": " + service + ", \"grade\": \"SATISFIED\"}");
    assertTrue(rated.statusCode() == 201 || rated.statusCode() == 200, rated.body());
    YearMonth month = YearMonth.now(ZoneId.of("Asia/Shanghai"));

    try (Browser citizen = new Browser()) {
      citizen.openPublic(PAGES + "statistics?month=" + month);
      assertTrue(citizen.text("definition-rate").contains("满意率 ="));
      assertTrue(citizen.text("definition-apart").contains("分开统计"));
      assertTrue(citizen.text("units-heading").contains("单位"));
      assertAccessible(citizen, "statistics");
      pageWithService(citizen, month, service);
      citizen.click("service-link-" + service);

      citizen.waitForText("service-statistics-heading", name);
      assertAccessible(citizen, "service statistics");
      assertEquals("1", citizen.text("service-total").strip());
      assertEquals("100%", citizen.text("service-rate").strip());
      assertTrue(citizen.element("trend-chart").isDisplayed(), "the trend is drawn");
      assertTrue(
          citizen.text("trend-row-" + month.getMonthValue()).contains(month.toString()),
          "the month's row");
      assertTrue(citizen.policyViolations().isEmpty(), "the chart needs no inline style");

      citizen.click("back-to-statistics");
      citizen.waitForText("statistics-heading", "满意度统计");
      citizen.click("ranking-link");
      citizen.waitForText("ranking-heading", "各地满意度排名");
      assertAccessible(citizen, "ranking");
      String own = citizen.text("ranking-" + TENANT);
      assertTrue(own.contains("金华") && own.contains("本地区"), own);
      assertFalse(own.contains("暂无评价"), "rated this month, so ranked: " + own);

      citizen.type("ranking-year-input", String.valueOf(month.getYear()));
      citizen.click("ranking-year-submit");
      citizen.waitForText("ranking-period", String.valueOf(month.getYear()));
    }
  }

  @Test
  @DisplayName(
      "Art. 25: the satisfaction REST refuses a bad month, year or size with 400 problem+json and answers another tenant's service with 404")
  void art25_badInputAndAnotherTenantsService() throws Exception {
    for (String path :
        List.of(
            "/api/v1/satisfaction/ranking?month=2026-13",
            "/api/v1/satisfaction/ranking?month=2026-01&year=2026",
            "/api/v1/tenants/" + TENANT + "/satisfaction/services?size=1000",
            "/api/v1/tenants/" + TENANT + "/satisfaction/services/1?year=x")) {
      HttpResponse<String> refused = PublicApi.get(path);
      assertEquals(400, refused.statusCode(), path + ": " + refused.body());
      assertTrue(
          refused.headers().firstValue("Content-Type").orElse("").contains("problem+json"), path);
    }
    String service = Fixtures.publicService(TENANT, Submissions.uniqueName("别处的服务"));
    listed(service);
    assertEquals(
        404, PublicApi.get("/api/v1/tenants/lishui/satisfaction/services/" + service).statusCode());
    JsonObject ranking = Api.json(PublicApi.get("/api/v1/satisfaction/ranking").body());
    assertTrue(ranking.getJsonArray("tenants").size() >= 12, ranking.toString());
    assertFalse(ranking.toString().contains("comment"), "counts only");
  }

  /** Pages through the services' table until the service's line shows. */
  private static void pageWithService(Browser citizen, YearMonth month, String service) {
    for (int page = 1; page <= 50; page++) {
      citizen.openPublic(PAGES + "statistics?month=" + month + "&page=" + page);
      if (!citizen
          .driver()
          .findElements(org.openqa.selenium.By.id("service-link-" + service))
          .isEmpty()) {
        return;
      }
    }
    throw new AssertionError("service " + service + " not in the statistics");
  }

  private static void assertAccessible(Browser browser, String page) {
    assertEquals(
        List.of(), Accessibility.check(browser.driver(), "public satisfaction " + page), page);
  }

  /** Waits until the private zone's publication lists the service on the public portal. */
  private static void listed(String service) throws Exception {
    PublicApi.await(
        Duration.ofSeconds(90),
        () -> PublicApi.get("/api/v1/tenants/" + TENANT + "/satisfaction/services/" + service),
        r -> r.statusCode() == 200);
  }
}
