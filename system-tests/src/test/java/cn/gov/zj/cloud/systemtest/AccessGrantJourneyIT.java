package cn.gov.zj.cloud.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/**
 * Art. 20 in headless Chromium: a provider asks for database access, the unit's security officer
 * approves, a session is recorded, the grant expires (a window of a few minutes) and the next
 * session is refused, saying why; the refusal over REST is 403 problem+json.
 */
@ExtendWith(RunningStack.class)
class AccessGrantJourneyIT {

  private static final String TENANT = "quzhou";
  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private static String system(String name) throws Exception {
    String body =
        "{\"name\": \""
            + name
            + "\", \"description\": \"访问授权\", \"mlpsLevel\": 3, \"securityOfficer\": \"周九\","
            + " \"cloudStatus\": \"MIGRATING\", \"publicFacing\": false}";
    HttpResponse<String> created =
        Api.post(
            Tokens.of(TENANT, "unit-applicant"), "/api/v1/tenants/" + TENANT + "/systems", body);
    assertEquals(201, created.statusCode(), created.body());
    return Api.json(created.body()).get("id").toString();
  }

  /**
   * Types a time into a date picker and closes its overlay; on a busy machine the picker sometimes
   * drops the typed text, so the value is read back and typed again (at most three times).
   */
  private static void date(Browser browser, String id, LocalDateTime value) {
    String text = value.format(MINUTE);
    for (int attempt = 0;
        attempt < 3 && !text.equals(browser.element(id).getAttribute("value"));
        attempt++) {
      browser.type(id, text);
      browser.element(id).sendKeys(Keys.ESCAPE);
    }
    assertEquals(text, browser.element(id).getAttribute("value"), id);
  }

  private static void recordSession(Browser provider, String systemName) {
    new Select(provider.element("session-form:system-id")).selectByVisibleText(systemName);
    new Select(provider.element("session-form:scope")).selectByValue("DATABASE");
    provider.type("session-form:operator", "运维张三");
    provider.type("session-form:purpose", "检查慢查询");
    provider.click("session-form:record");
  }

  @Test
  @DisplayName(
      "Art. 20: the provider asks for database access, the officer approves, a session is recorded, the grant expires and the next session is refused, the refusal shown to the unit")
  void art20_grantApprovedUsedAndExpired() throws Exception {
    String systemName = Submissions.uniqueName("衢州访问授权");
    String systemId = system(systemName);
    LocalDateTime from = LocalDateTime.now(BEIJING).truncatedTo(ChronoUnit.MINUTES);
    LocalDateTime until = from.plusHours(2);
    try (Browser provider = new Browser()) {
      provider.open("/t/" + TENANT + "/access");
      provider.signIn(TENANT + ".provider-operator");
      new Select(provider.element("grant-form:system-id")).selectByVisibleText(systemName);
      provider
          .driver()
          .findElement(By.cssSelector("input[name='grant-form:scope'][value='DATABASE']"))
          .click();
      provider.type("grant-form:purpose", "排查慢查询，需要只读访问数据库");
      date(provider, "grant-form:from_input", from);
      date(provider, "grant-form:until_input", until);
      provider.click("grant-form:ask");
      provider.waitForText("grants-form:grants-table", systemName);
      assertTrue(provider.text("grants-form:grants-table").contains("待审批"));

      try (Browser officer = new Browser()) {
        officer.open("/t/" + TENANT + "/access");
        officer.signIn(TENANT + ".unit-security-officer");
        officer.type("grants-form:grants-table:globalFilter", systemName);
        officer.waitForText("grants-form:grants-table", "待审批");
        officer.click("grants-form:grants-table:0:approve");
        officer.click("confirm-form:confirm-yes");
        officer.waitForText("grants-form:grants-table", "已授权");
      }

      provider.open("/t/" + TENANT + "/access");
      recordSession(provider, systemName);
      provider.waitForText("session-form", "已登记访问");
      provider.waitForText("sessions-form:sessions-table", "运维张三");

      TimeShift.move(
          TENANT,
          "update access_grant set valid_from = now() - interval '10 minutes',"
              + " valid_until = now() - interval '1 second' where system_id = ?",
          Long.parseLong(systemId));
      provider.open("/t/" + TENANT + "/access");
      recordSession(provider, systemName);
      provider.waitForText("session-form", "已过期");
      provider.waitForText("refusals-form:refusals-table", systemName);
    }
    try (Browser officer = new Browser()) {
      officer.open("/t/" + TENANT + "/access");
      officer.signIn(TENANT + ".unit-security-officer");
      officer.waitForText("refusals-form:refusals-table", systemName);
      assertTrue(officer.text("refusals-form:refusals-table").contains("该系统的授权已过期"));
    }

    HttpResponse<String> refused =
        Api.post(
            Tokens.of(TENANT, "provider-operator"),
            "/api/v1/tenants/" + TENANT + "/access-sessions",
            "{\"systemId\": "
                + systemId
                + ", \"scope\": \"DATABASE\", \"operator\": \"运维\", \"purpose\": \"再看看\"}");
    assertEquals(403, refused.statusCode(), refused.body());
    assertTrue(refused.headers().firstValue("Content-Type").orElseThrow().contains("problem+json"));
    JsonObject problem = Api.json(refused.body());
    assertEquals("EXPIRED", problem.getString("reason"));
  }

  @Test
  @DisplayName(
      "Art. 20: the provider reads the construction plan only under the unit's grant or while the unit shares it (403 problem+json before); emergency access is mailed to the officer at once")
  void art20_materialsUnderGrantAndEmergencyMailed() throws Exception {
    String base = "/api/v1/tenants/" + TENANT;
    String applicant = Tokens.of(TENANT, "unit-applicant");
    String provider = Tokens.of(TENANT, "provider-operator");
    String systemName = Submissions.uniqueName("衢州材料");
    String systemId = system(systemName);
    HttpResponse<String> draft =
        Api.post(
            applicant,
            base + "/applications",
            "{\"systemId\": "
                + systemId
                + ", \"resources\": [{\"type\": \"BANDWIDTH\", \"mbps\": 20}]}");
    assertEquals(201, draft.statusCode(), draft.body());
    String application = base + "/applications/" + Api.json(draft.body()).get("id");
    HttpResponse<String> plan =
        Api.upload(
            applicant,
            application + "/attachments",
            "CONSTRUCTION_PLAN",
            "方案.pdf",
            Submissions.PDF);
    String planPath = application + "/attachments/" + Api.json(plan.body()).get("id");

    HttpResponse<byte[]> refused = Api.download(provider, planPath);
    assertEquals(403, refused.statusCode());
    assertTrue(refused.headers().firstValue("Content-Type").orElseThrow().contains("problem+json"));
    assertEquals(
        "MATERIAL",
        Api.json(new String(refused.body(), java.nio.charset.StandardCharsets.UTF_8))
            .getString("reason"));

    String share = planPath + "/shared";
    String officer = Tokens.of(TENANT, "unit-security-officer");
    assertEquals(403, Api.put(provider, share, "{\"shared\": true}").statusCode());
    assertEquals(200, Api.put(officer, share, "{\"shared\": true}").statusCode());
    assertEquals(200, Api.download(provider, planPath).statusCode());
    assertEquals(200, Api.put(officer, share, "{\"shared\": false}").statusCode());
    assertEquals(403, Api.download(provider, planPath).statusCode());

    java.time.OffsetDateTime now = java.time.OffsetDateTime.now(BEIJING);
    HttpResponse<String> granted =
        Api.post(
            Tokens.of(TENANT, "unit-security-officer"),
            base + "/access-grants",
            "{\"systemId\": "
                + systemId
                + ", \"scope\": [\"STORAGE\"], \"purpose\": \"核对方案\","
                + " \"from\": \""
                + now.minusMinutes(1)
                + "\", \"until\": \""
                + now.plusHours(1)
                + "\"}");
    assertEquals(201, granted.statusCode(), granted.body());
    assertEquals("APPROVED", Api.json(granted.body()).getString("state"));
    assertEquals(200, Api.download(provider, planPath).statusCode());

    HttpResponse<String> emergency =
        Api.post(
            provider,
            base + "/access-sessions",
            "{\"systemId\": "
                + systemId
                + ", \"scope\": \"HOST\", \"operator\": \"值班\","
                + " \"purpose\": \"恢复服务\", \"emergency\": true, \"reason\": \"主机宕机\"}");
    assertEquals(201, emergency.statusCode(), emergency.body());
    assertTrue(Api.json(emergency.body()).getBoolean("awaitingReview"));
    String address = TENANT + ".unit-security-officer@demo.zjzwy.gov.cn";
    long until = System.nanoTime() + 90_000_000_000L;
    while (Api.mailTo(address).getValuesAs(JsonObject.class).stream()
        .noneMatch(mail -> mail.getString("subject").contains(systemName))) {
      assertTrue(System.nanoTime() < until, "no mail to " + address + " about " + systemName);
      Thread.sleep(1000);
    }
  }
}
