package cn.gov.zj.cloud.systemtest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.registry.CreditCode;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Art. 16 and Art. 18 through the whole stack: a new unit accepts the terms of lawful use in the
 * browser before its application is submitted (409 problem+json before, nothing stored); a system's
 * officer account is checked against the real Keycloak realm, and the named officer, not the
 * applicant, approves the provider's access grant in the browser.
 */
@ExtendWith(RunningStack.class)
class OfficerJourneyIT {

  private static final String TENANT = "jinhua";
  private static final String BASE = "/api/v1/tenants/" + TENANT;

  private static String system(String token, String name, String officerAccount) throws Exception {
    return "{\"name\": \""
        + name
        + "\", \"mlpsLevel\": 3, \"securityOfficer\": \"周九\", \"securityOfficerAccount\": \""
        + officerAccount
        + "\", \"cloudStatus\": \"MIGRATING\", \"publicFacing\": false}";
  }

  private static String freshCreditCode() {
    String first17 =
        "11330700"
            + String.format(
                "%09d", Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L));
    return first17 + CreditCode.checkCharacter(first17);
  }

  /** A unit registered by the tenant administrator just now; its credit code. */
  private static String freshUnit() throws Exception {
    String code = freshCreditCode();
    HttpResponse<String> created =
        Api.post(
            Tokens.of(TENANT, "tenant-admin"),
            BASE + "/units",
            "{\"name\": \""
                + Submissions.uniqueName("金华条款单位")
                + "\", \"creditCode\": \""
                + code
                + "\", \"contact\": \"0579-1234567\"}");
    assertEquals(201, created.statusCode(), created.body());
    return code;
  }

  /** A throw-away unit-applicant of that unit in the realm; its id. */
  private static String applicantOf(
      RealmResource realm, String username, String password, String unit) {
    String id = StaffUsers.create(realm, username, password, "unit-applicant");
    UserResource user = realm.users().get(id);
    UserRepresentation changed = user.toRepresentation();
    changed.setAttributes(Map.of("unit", List.of(unit)));
    user.update(changed);
    return id;
  }

  @Test
  @DisplayName(
      "Art. 16: a new unit's submission is refused (409 terms.notAccepted, still a draft); the applicant accepts the terms on the page, then it is submitted")
  void art16_unitAcceptsTermsThenApplies() throws Exception {
    String unit = freshUnit();
    String username = "terms." + RealmPolicyIT.shortId();
    String password = "Pass-" + UUID.randomUUID();
    try (Keycloak admin = RealmPolicyIT.admin()) {
      RealmResource realm = admin.realm(TENANT);
      String userId = applicantOf(realm, username, password, unit);
      try {
        String applicant = StaffUsers.token(TENANT, username, password);
        JsonObject terms = Api.json(Api.get(applicant, BASE + "/terms").body());
        assertEquals("2026-1", terms.getString("version"));
        assertFalse(terms.getBoolean("accepted"));
        assertTrue(terms.getString("text").contains("安全管理员"));

        long id = Submissions.draft(TENANT, applicant, Submissions.uniqueName("金华条款"));
        for (String kind : new String[] {"CONSTRUCTION_PLAN", "SELF_TEST_REPORT"}) {
          Api.upload(
              applicant,
              BASE + "/applications/" + id + "/attachments",
              kind,
              "材料.pdf",
              Submissions.PDF);
        }
        HttpResponse<String> refused =
            Api.post(applicant, BASE + "/applications/" + id + "/actions/submit", "{}");
        Api.assertProblem(refused, 409);
        assertEquals("terms.notAccepted", Api.json(refused.body()).getString("code"));
        assertEquals(
            "DRAFT",
            Api.json(Api.get(applicant, BASE + "/applications/" + id).body()).getString("state"));

        HttpResponse<String> wrongVersion =
            Api.post(applicant, BASE + "/terms/acceptance", "{\"version\": \"2025-1\"}");
        Api.assertProblem(wrongVersion, 400);
        assertTrue(wrongVersion.body().contains("\"field\":\"version\""), wrongVersion.body());
        Api.assertProblem(
            Api.post(
                Tokens.of(TENANT, "reviewer"),
                BASE + "/terms/acceptance",
                "{\"version\": \"2026-1\"}"),
            403);
        assertFalse(Api.json(Api.get(applicant, BASE + "/terms").body()).getBoolean("accepted"));

        try (Browser browser = new Browser()) {
          browser.open("/t/" + TENANT + "/application-new?draft=" + id);
          browser.signIn(username, password);
          browser.element("terms-pending");
          browser.click("terms-link");
          browser.element("terms-text");
          browser.click("terms-form:accept-terms");
          browser.click("confirm-form:confirm-yes");
          browser.waitForText("terms-accepted-by", username);
          assertTrue(browser.text("nav-terms").length() > 0);
        }

        HttpResponse<String> again =
            Api.post(applicant, BASE + "/terms/acceptance", "{\"version\": \"2026-1\"}");
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(username, Api.json(again.body()).getString("acceptedBy"));
        HttpResponse<String> submitted =
            Api.post(applicant, BASE + "/applications/" + id + "/actions/submit", "{}");
        assertEquals(200, submitted.statusCode(), submitted.body());
        assertEquals("SUBMITTED", Api.json(submitted.body()).getString("state"));
      } finally {
        realm.users().get(userId).remove();
      }
    }
  }

  @Test
  @DisplayName(
      "Art. 18, Art. 20: an officer account the realm does not know as the unit's officer is 400; the named officer, not the applicant, approves the grant")
  void art18_officerAccountCheckedAndOfficerApproves() throws Exception {
    String applicant = Tokens.of(TENANT, "unit-applicant");
    String name = Submissions.uniqueName("金华安全员");
    HttpResponse<String> notOfficer =
        Api.post(applicant, BASE + "/systems", system(applicant, name, TENANT + ".reviewer"));
    Api.assertProblem(notOfficer, 400);
    assertTrue(notOfficer.body().contains("securityOfficerAccount"), notOfficer.body());
    JsonObject none = Api.json(Api.get(applicant, BASE + "/systems?q=" + name.substring(6)).body());
    assertEquals(0, none.getJsonArray("items").size(), "nothing stored");

    String officer = TENANT + ".unit-security-officer";
    HttpResponse<String> created =
        Api.post(applicant, BASE + "/systems", system(applicant, name, officer));
    assertEquals(201, created.statusCode(), created.body());
    String systemId = Api.json(created.body()).get("id").toString();
    assertEquals(officer, Api.json(created.body()).getString("securityOfficerAccount"));
    JsonObject assessment =
        Api.json(Api.get(applicant, BASE + "/systems/" + systemId + "/assessment").body());
    assertTrue(assessment.getBoolean("missing"));

    Instant from = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    HttpResponse<String> asked =
        Api.post(
            Tokens.of(TENANT, "provider-operator"),
            BASE + "/access-grants",
            "{\"systemId\": "
                + systemId
                + ", \"scope\": [\"HOST\"], \"purpose\": \"安装补丁\", \"from\": \""
                + from
                + "\", \"until\": \""
                + from.plus(1, ChronoUnit.DAYS)
                + "\"}");
    assertEquals(201, asked.statusCode(), asked.body());
    String grantId = Api.json(asked.body()).get("id").toString();
    HttpResponse<String> byApplicant =
        Api.post(applicant, BASE + "/access-grants/" + grantId + "/actions/approve", "{}");
    Api.assertProblem(byApplicant, 403);
    assertEquals("OFFICER_DECIDES", Api.json(byApplicant.body()).getString("reason"));

    try (Browser browser = new Browser()) {
      browser.open("/t/" + TENANT + "/systems?mine=true");
      browser.signIn(officer);
      browser.waitForText("systems-form:systems-table", name);
      browser.open("/t/" + TENANT + "/access");
      browser.type("grants-form:grants-table:globalFilter", name);
      browser.waitForText("grants-form:grants-table", "待审批");
      browser.click("grants-form:grants-table:0:approve");
      browser.click("confirm-form:confirm-yes");
      browser.waitForText("grants-form:grants-table", "已授权");
    }
    JsonObject grant = Api.json(Api.get(applicant, BASE + "/access-grants/" + grantId).body());
    assertEquals("APPROVED", grant.getString("state"));
    assertEquals(officer, grant.getString("decidedBy"));
  }

  @Test
  @DisplayName(
      "Art. 18: a level-3 system without its CNAS assessment is flagged on its page; the unit records it and attaches the report there, which the reviewer downloads and another city cannot")
  void art18_cnasReportOnTheSystemPage() throws Exception {
    String applicant = Tokens.of(TENANT, "unit-applicant");
    String name = Submissions.uniqueName("金华三级系统");
    HttpResponse<String> created =
        Api.post(
            applicant,
            BASE + "/systems",
            system(applicant, name, TENANT + ".unit-security-officer"));
    assertEquals(201, created.statusCode(), created.body());
    String page = "/t/" + TENANT + "/system?id=" + Api.json(created.body()).get("id");
    Path folder = Files.createTempDirectory("cnas");
    Path report = folder.resolve("CNAS测评报告.pdf");
    Files.write(report, Submissions.PDF);
    try (Browser unit = new Browser()) {
      unit.open(page);
      unit.signIn(TENANT + ".unit-applicant");
      unit.waitForText("assessment-missing", "第三方测评");
      unit.type("assessment-form:institution", "浙江省信息安全测评中心");
      unit.type("assessment-form:report-no", "CNAS-2026-018");
      unit.type("assessment-form:conclusion", "符合第三级要求");
      unit.element("assessment-form:report-date_input").sendKeys("2026-11-30");
      unit.click("assessment-form:record-assessment");
      unit.waitForText("assessment-report-no", "CNAS-2026-018");
      unit.element("assessment-upload-form:file").sendKeys(report.toAbsolutePath().toString());
      unit.click("assessment-upload-form:upload-report");
      unit.waitForText("assessment-report", "CNAS测评报告.pdf");
    }
    try (Browser reviewer = new Browser()) {
      reviewer.open(page);
      reviewer.signIn(TENANT + ".reviewer");
      reviewer.waitForText("assessment-report", "CNAS测评报告.pdf");
      assertArrayEquals(Submissions.PDF, reviewer.download("assessment-report-link"));
    }
    String elsewhere = "/t/lishui/assessment-report?system=" + Api.json(created.body()).get("id");
    try (Browser other = new Browser()) {
      other.open(elsewhere);
      other.signIn("lishui.reviewer");
      assertEquals("404", other.text("error-code"), "another city's system is not found");
    }
  }
}
