package cn.gov.zj.cloud.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Art. 17: an inspection with two findings in headless Chromium: the unit rectifies both, the
 * reviewer verifies one and reopens the other, which then runs past its due date and shows overdue.
 */
@ExtendWith(RunningStack.class)
class InspectionJourneyIT {

  private static final String TENANT = "wenzhou";
  private static final String API = "/api/v1/tenants/" + TENANT + "/";
  private static final String PAGES = "/t/" + TENANT + "/";

  @Test
  @DisplayName(
      "Art. 17: an inspection with two findings, one rectified and verified, one reopened and"
          + " then overdue")
  void inspectionJourney() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    JsonObject system =
        Api.json(
            Api.post(
                    Api.token(TENANT, TENANT + ".unit-applicant"),
                    API + "systems",
                    "{\"name\": \""
                        + Submissions.uniqueName("检查系统")
                        + "\", \"mlpsLevel\": 3, \"securityOfficer\": \"王五\","
                        + " \"cloudStatus\": \"MIGRATING\", \"publicFacing\": false}")
                .body());
    String reviewer = Api.token(TENANT, TENANT + ".reviewer");
    HttpResponse<String> planned =
        Api.post(
            reviewer,
            API + "inspections",
            "{\"title\": \"例行检查 "
                + tag
                + "\", \"kind\": \"ROUTINE\", \"unitIds\": ["
                + system.getInt("unitId")
                + "], \"startsOn\": \"2026-11-02\", \"endsOn\": \"2026-11-30\"}");
    assertEquals(201, planned.statusCode(), planned.body());
    long inspection = Api.json(planned.body()).getJsonNumber("id").longValue();
    String supervisor = Api.token(TENANT, TENANT + ".security-supervisor");
    long verified = finding(supervisor, inspection, system, "HIGH", "弱口令-" + tag);
    long reopened = finding(supervisor, inspection, system, "LOW", "日志未留存-" + tag);

    try (Browser unit = new Browser()) {
      unit.open(PAGES + "inspections");
      unit.signIn(TENANT + ".unit-security-officer");
      act(unit, "弱口令-" + tag, "已更换全部口令", 0, "待核验");
      act(unit, "日志未留存-" + tag, "已开启审计日志", 0, "待核验");
    }
    try (Browser staff = new Browser()) {
      staff.open(PAGES + "inspection?id=" + inspection);
      staff.signIn(TENANT + ".reviewer");
      staff.waitForText("inspection-heading", tag);
      act(staff, "弱口令-" + tag, "核验通过", 0, "已核验");
      act(staff, "日志未留存-" + tag, "日志只保留 7 天，不足 6 个月", 1, "待整改");
      for (long id : new long[] {verified, reopened}) {
        assertEquals(
            1,
            AuditTrail.count(
                true,
                TENANT,
                "inspection.finding.action",
                Long.toString(id),
                TENANT + ".reviewer"));
      }

      // Art. 17: the reopened finding's new due date passes (moved back in the database)
      pastDue(reopened);
      staff.open(PAGES + "inspection?id=" + inspection);
      filter(staff, "日志未留存-" + tag);
      staff.waitForText("findings-form:findings-table:0:late", "已逾期");
      String overdue =
          Api.get(
                  reviewer,
                  API
                      + "findings?overdue=true&q="
                      + URLEncoder.encode("日志未留存-" + tag, StandardCharsets.UTF_8))
              .body();
      assertEquals(1, Api.json(overdue).getInt("total"), overdue);
      assertTrue(Api.json(overdue).getJsonArray("items").getJsonObject(0).getBoolean("overdue"));
    }
  }

  private static long finding(
      String token, long inspection, JsonObject system, String severity, String description)
      throws Exception {
    HttpResponse<String> recorded =
        Api.post(
            token,
            API + "inspections/" + inspection + "/findings",
            "{\"systemId\": "
                + system.getInt("id")
                + ", \"severity\": \""
                + severity
                + "\", \"description\": \""
                + description
                + "\", \"reference\": \"GB/T 22239-2019\"}");
    assertEquals(201, recorded.statusCode(), recorded.body());
    JsonObject json = Api.json(recorded.body());
    assertTrue(json.containsKey("rectificationDue"));
    return json.getJsonNumber("id").longValue();
  }

  private static void filter(Browser browser, String text) {
    browser.type("findings-form:findings-table:globalFilter", text);
    browser.waitForText("findings-form:findings-table:0:description", text);
  }

  /** Handles the one finding that {@code text} finds: the text, action {@code index}, confirmed. */
  private static void act(Browser browser, String text, String note, int index, String state) {
    filter(browser, text);
    browser.click("findings-form:findings-table:0:handle");
    browser.type("act-form:text", note);
    browser.click("act-form:actions:" + index + ":act");
    browser.element("confirm-form:confirm-yes").click();
    browser.waitForText("findings-form:findings-table:0:state", state);
  }

  /** Moves the finding's due date to yesterday. */
  private static void pastDue(long finding) throws Exception {
    TimeShift.move(
        TENANT, "update finding set rectification_due = current_date - 2 where id = ?", finding);
  }
}
