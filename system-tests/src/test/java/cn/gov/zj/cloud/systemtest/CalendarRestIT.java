package cn.gov.zj.cloud.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Art. 8–12: due dates on the official calendar over REST, for any signed-in user of a tenant. */
@ExtendWith(RunningStack.class)
class CalendarRestIT {

  @Test
  @DisplayName(
      "Art. 8: 3 working days after a submission on 2025-09-30 fall after National Day and Mid-Autumn")
  void dueDateAcrossNationalDay() throws Exception {
    String token = Api.token("wenzhou", "wenzhou.unit-applicant");
    HttpResponse<String> response =
        Api.get(token, "/api/v1/tenants/wenzhou/calendar/due-date?from=2025-09-30&workingDays=3");
    assertEquals(200, response.statusCode(), response.body());
    JsonObject due = Api.json(response.body());
    assertEquals("2025-09-30", due.getString("from"));
    assertEquals(3, due.getInt("workingDays"));
    // 10-01..10-08 are off, 10-11 (Saturday) is a make-up working day: 10-09, 10-10, 10-11.
    assertEquals("2025-10-11", due.getString("due"));
    assertFalse(due.getBoolean("provisional"));
  }

  @Test
  @DisplayName("Art. 8: a count running past the loaded notices is provisional")
  void provisionalBeyondTheNotices() throws Exception {
    String token = Api.token("quzhou", "quzhou.reviewer");
    JsonObject due =
        Api.json(
            Api.get(token, "/api/v1/tenants/quzhou/calendar/due-date?from=2031-12-30&workingDays=2")
                .body());
    assertTrue(due.getBoolean("provisional"));
  }

  @Test
  @DisplayName("Art. 8: bad parameters are 400 problem+json naming each; no token is 401")
  void badParameters() throws Exception {
    String token = Api.token("quzhou", "quzhou.reviewer");
    HttpResponse<String> bad =
        Api.get(token, "/api/v1/tenants/quzhou/calendar/due-date?from=2025-02-30&workingDays=many");
    assertEquals(400, bad.statusCode());
    assertTrue(bad.body().contains("\"field\":\"from\""), bad.body());
    assertTrue(bad.body().contains("\"field\":\"workingDays\""), bad.body());
    assertEquals(
        400,
        Api.get(token, "/api/v1/tenants/quzhou/calendar/due-date?from=2025-02-03&workingDays=61")
            .statusCode());
    assertEquals(
        401,
        Api.get(null, "/api/v1/tenants/quzhou/calendar/due-date?from=2025-02-03&workingDays=1")
            .statusCode());
  }

  @Test
  @DisplayName("Art. 8–12: the province admin previews and loads a notice; a city admin cannot")
  void provinceLoadsANotice() throws Exception {
    String csv = "date,kind,name\n2032-01-01,HOLIDAY,元旦\n";
    String city = Api.token("taizhou", "taizhou.tenant-admin");
    assertEquals(
        403,
        postCsv(city, "/api/v1/tenants/taizhou/calendar/notices?years=2032", csv).statusCode());

    String province = Api.token("zhejiang", "zhejiang.province-admin");
    HttpResponse<String> preview =
        postCsv(province, "/api/v1/tenants/zhejiang/calendar/notices?years=2032&preview=true", csv);
    assertEquals(200, preview.statusCode(), preview.body());
    assertFalse(
        Api.get(province, "/api/v1/tenants/zhejiang/calendar/years").body().contains("2032"));

    HttpResponse<String> bad =
        postCsv(province, "/api/v1/tenants/zhejiang/calendar/notices?years=2032", "date,kind\n");
    assertEquals(400, bad.statusCode());

    HttpResponse<String> loaded =
        postCsv(province, "/api/v1/tenants/zhejiang/calendar/notices?years=2032", csv);
    assertEquals(201, loaded.statusCode(), loaded.body());
    assertTrue(
        Api.get(province, "/api/v1/tenants/zhejiang/calendar/years").body().contains("2032"));
    JsonObject due =
        Api.json(
            Api.get(city, "/api/v1/tenants/taizhou/calendar/due-date?from=2031-12-31&workingDays=1")
                .body());
    assertEquals("2032-01-02", due.getString("due"));
  }

  @Test
  @DisplayName(
      "Art. 8–12: the template of a new year's notice downloads as CSV with Chinese instructions;"
          + " a bad year is 400 problem+json naming it; no token is 401")
  void art8_noticeTemplate() throws Exception {
    String token = Api.token("quzhou", "quzhou.reviewer");
    String path = "/api/v1/tenants/quzhou/calendar/notice-template";
    HttpResponse<String> template = Api.get(token, path + "?year=2040");
    assertEquals(200, template.statusCode(), template.body());
    assertTrue(template.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    assertTrue(
        template
            .headers()
            .firstValue("Content-Disposition")
            .orElse("")
            .contains("holiday-notice-2040.csv"));
    assertTrue(template.body().contains("2040 年部分节假日安排"), template.body());
    assertTrue(template.body().contains("填写说明"), template.body());
    assertTrue(template.body().endsWith("date,kind,name\n"), template.body());
    for (String bad : new String[] {"abc", "2027,2028", "99999"}) {
      HttpResponse<String> refused = Api.get(token, path + "?year=" + bad);
      assertEquals(400, refused.statusCode(), bad);
      assertTrue(refused.body().contains("\"field\":\"year\""), refused.body());
    }
    assertEquals(401, Api.get(null, path).statusCode());
  }

  private static HttpResponse<String> postCsv(String token, String path, String csv)
      throws Exception {
    return Api.post(token, path, "text/csv; charset=UTF-8", csv);
  }
}
