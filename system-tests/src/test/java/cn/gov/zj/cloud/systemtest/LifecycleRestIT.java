package cn.gov.zj.cloud.systemtest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.application.Action;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Art. 6–9: attachments and lifecycle actions over REST with real tokens, as the contract says. */
@ExtendWith(RunningStack.class)
class LifecycleRestIT {

  private static final String TENANT = "jinhua";
  private static final String BASE = "/api/v1/tenants/" + TENANT + "/applications";
  private static final byte[] PDF = Submissions.PDF;

  private static long draft(String applicant) throws Exception {
    return Submissions.draft(TENANT, applicant, Submissions.uniqueName("REST 生命周期"));
  }

  private static HttpResponse<String> act(String token, long id, String action, String body)
      throws Exception {
    return Api.post(token, BASE + "/" + id + "/actions/" + action, body);
  }

  @Test
  @DisplayName(
      "Art. 7, 8: upload is 201 with size and SHA-256; submit starts acceptance due on the official calendar; 403, 409 and 400 change nothing")
  void submitAndRefusals() throws Exception {
    String applicant = Api.token(TENANT, TENANT + ".unit-applicant");
    String reviewer = Api.token(TENANT, TENANT + ".reviewer");
    String provider = Api.token(TENANT, TENANT + ".provider-operator");
    long id = draft(applicant);

    HttpResponse<String> incomplete = act(applicant, id, "submit", "");
    assertEquals(400, incomplete.statusCode(), incomplete.body());
    assertTrue(incomplete.body().contains("attachments.CONSTRUCTION_PLAN"), incomplete.body());

    HttpResponse<String> uploaded =
        Api.upload(applicant, BASE + "/" + id + "/attachments", "CONSTRUCTION_PLAN", "方案.pdf", PDF);
    assertEquals(201, uploaded.statusCode(), uploaded.body());
    JsonObject file = Api.json(uploaded.body());
    assertEquals(PDF.length, file.getInt("size"));
    assertEquals(
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)),
        file.getString("sha256"));
    assertEquals(
        201,
        Api.upload(applicant, BASE + "/" + id + "/attachments", "SELF_TEST_REPORT", "自测.pdf", PDF)
            .statusCode());

    HttpResponse<String> submitted = act(applicant, id, "submit", "{}");
    assertEquals(200, submitted.statusCode(), submitted.body());
    JsonObject application = Api.json(submitted.body());
    assertEquals("SUBMITTED", application.getString("state"));
    String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    JsonObject due =
        Api.json(
            Api.get(
                    applicant,
                    "/api/v1/tenants/"
                        + TENANT
                        + "/calendar/due-date?from="
                        + today
                        + "&workingDays=3")
                .body());
    assertEquals(due.getString("due"), application.getString("dueDate"));

    assertEquals(403, act(provider, id, "accept", "{}").statusCode());
    HttpResponse<String> notNow = act(reviewer, id, "approve", "{\"opinion\": \"同意\"}");
    assertEquals(409, notNow.statusCode(), notNow.body());
    JsonObject problem = Api.json(notNow.body());
    assertEquals("urn:zjzwy:problem:action-not-allowed", problem.getString("type"));
    assertEquals(
        "accept",
        problem.getJsonArray("allowedNow").getJsonObject(0).getString("action"),
        notNow.body());
    HttpResponse<String> noOpinion = act(reviewer, id, "reject", "{\"opinion\": \"  \"}");
    assertEquals(400, noOpinion.statusCode());
    assertTrue(noOpinion.body().contains("\"field\":\"opinion\""), noOpinion.body());
    assertEquals(
        "SUBMITTED", Api.json(Api.get(reviewer, BASE + "/" + id).body()).getString("state"));
    assertNotified(reviewer, id);
    assertTrue(
        Api.json(Api.get(reviewer, BASE + "/" + id).body())
            .getJsonArray("actions")
            .getValuesAs(JsonString.class)
            .stream()
            .anyMatch(name -> name.getString().equals("accept")));
  }

  @Test
  @DisplayName(
      "Art. 7–12 (extra-field attack): a field the action does not take is 400 naming it, after 403"
          + " and 409, and nothing is stored")
  void art7_fieldNotTakenIsRefused() throws Exception {
    String applicant = Api.token(TENANT, TENANT + ".unit-applicant");
    String reviewer = Api.token(TENANT, TENANT + ".reviewer");
    String provider = Api.token(TENANT, TENANT + ".provider-operator");
    long id = Submissions.submitted(TENANT, applicant, Submissions.uniqueName("REST 多余字段"));
    String extra = "{\"opinion\": \"受理\", \"trialDays\": 20}";
    assertEquals(403, act(provider, id, "accept", extra).statusCode());
    assertEquals(409, act(reviewer, id, "approve", extra).statusCode());
    HttpResponse<String> refused = act(reviewer, id, "accept", extra);
    assertEquals(400, refused.statusCode(), refused.body());
    assertTrue(
        refused
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"),
        refused.headers().toString());
    JsonObject error = Api.json(refused.body()).getJsonArray("errors").getJsonObject(0);
    assertEquals("trialDays", error.getString("field"), refused.body());
    assertEquals("application.field.notTaken", error.getString("code"));
    assertEquals("这项操作不接受此字段", error.getString("message"));
    JsonObject unchanged = Api.json(Api.get(reviewer, BASE + "/" + id).body());
    assertEquals("SUBMITTED", unchanged.getString("state"));
    assertEquals(200, act(reviewer, id, "accept", "{\"opinion\": \"受理\"}").statusCode());
  }

  /**
   * Art. 8: the submission waits in the reviewer's inbox, is among their notifications, and reaches
   * them by mail (the development SMTP server of the stack).
   */
  private static void assertNotified(String reviewer, long id) throws Exception {
    JsonObject inbox =
        Api.json(Api.get(reviewer, "/api/v1/tenants/" + TENANT + "/inbox?size=100").body());
    JsonObject entry =
        inbox.getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .filter(item -> item.getJsonNumber("id").longValue() == id)
            .findFirst()
            .orElseThrow(() -> new AssertionError("not in the inbox: " + inbox));
    assertEquals("ACCEPTANCE", entry.getString("step"));
    assertTrue(entry.getInt("workingDaysLeft") >= 0 && entry.getInt("workingDaysLeft") <= 3);
    String notices = Api.get(reviewer, "/api/v1/tenants/" + TENANT + "/notifications").body();
    assertTrue(notices.contains("\"applicationId\":" + id), notices);
    String address = TENANT + ".reviewer@demo.zjzwy.gov.cn";
    long until = System.nanoTime() + 60_000_000_000L;
    while (Api.mailTo(address).getValuesAs(JsonObject.class).stream()
        .noneMatch(mail -> mail.getString("subject").contains("#" + id))) {
      assertTrue(System.nanoTime() < until, "no mail to " + address + " about #" + id);
      Thread.sleep(1000);
    }
  }

  @Test
  @DisplayName(
      "Art. 7: a file that is not an allowed kind is 400 on file; downloads are the stored bytes, and 404 in another tenant")
  void attachmentsCheckedAndDownloaded() throws Exception {
    String applicant = Api.token(TENANT, TENANT + ".unit-applicant");
    long id = draft(applicant);
    HttpResponse<String> script =
        Api.upload(
            applicant,
            BASE + "/" + id + "/attachments",
            "OTHER",
            "report.pdf",
            "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
    assertEquals(400, script.statusCode(), script.body());
    assertTrue(script.body().contains("\"field\":\"file\""), script.body());
    HttpResponse<String> badKind =
        Api.upload(applicant, BASE + "/" + id + "/attachments", "PHOTO", "a.pdf", PDF);
    assertEquals(400, badKind.statusCode());
    assertTrue(badKind.body().contains("\"field\":\"kind\""), badKind.body());

    long fileId =
        Api.json(
                Api.upload(applicant, BASE + "/" + id + "/attachments", "OTHER", "说明.pdf", PDF)
                    .body())
            .getJsonNumber("id")
            .longValue();
    String reviewer = Api.token(TENANT, TENANT + ".reviewer");
    HttpResponse<byte[]> download =
        Api.download(reviewer, BASE + "/" + id + "/attachments/" + fileId);
    assertEquals(200, download.statusCode());
    assertArrayEquals(PDF, download.body());
    assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElseThrow());
    assertTrue(
        download
            .headers()
            .firstValue("Content-Disposition")
            .orElseThrow()
            .startsWith("attachment"));
    String openApi = Api.get(null, "/openapi").body();
    assertTrue(openApi.contains("/actions/{action}"), openApi);
    assertTrue(
        openApi.contains("request-termination"),
        "the change and termination requests are documented");
    String other = Api.token("taizhou", "taizhou.reviewer");
    assertEquals(
        404,
        Api.download(other, "/api/v1/tenants/taizhou/applications/" + id + "/attachments/" + fileId)
            .statusCode());
  }

  @Test
  @DisplayName(
      "Art. 7–12: the OpenAPI document describes each action's request body by a schema derived from its declaration (fields, required ones, materials by MLPS level and major change)")
  void art7_openApiSchemaPerAction() throws Exception {
    HttpResponse<String> answer = Api.get(null, "/openapi?format=JSON");
    assertEquals(200, answer.statusCode(), answer.body());
    JsonObject document = Api.json(answer.body());
    JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
    JsonObject paths = document.getJsonObject("paths");
    for (Action each : Action.values()) {
      String action = each.restName();
      JsonObject schema = schemas.getJsonObject("ActionInput." + action);
      assertTrue(schema != null, "a schema for " + action);
      assertEquals("object", schema.getString("type"), action);
      assertTrue(schema.getJsonObject("properties").containsKey("opinion"), action);
      assertEquals(JsonValue.FALSE, schema.get("additionalProperties"), action);
      String path =
          paths.keySet().stream()
              .filter(key -> key.endsWith("/actions/" + action))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no path for " + action));
      String ref =
          paths
              .getJsonObject(path)
              .getJsonObject("post")
              .getJsonObject("requestBody")
              .getJsonObject("content")
              .getJsonObject("application/json")
              .getJsonObject("schema")
              .getString("$ref");
      assertTrue(ref.endsWith("ActionInput." + action), ref);
    }
    assertTrue(
        schemas.getJsonObject("ActionInput.submit").toString().contains("CONSTRUCTION_PLAN"));
    assertEquals(
        "[\"trialDays\",\"environment\"]",
        schemas.getJsonObject("ActionInput.provide-trial").getJsonArray("required").toString());
    assertTrue(
        schemas
            .getJsonObject("ActionInput.request-termination")
            .getJsonArray("required")
            .toString()
            .contains("dataBackedUp"));
    JsonObject results = schemas.getJsonObject("ActionInput.submit-test-results");
    assertTrue(
        results
            .getJsonArray("x-materials-from-level-3")
            .toString()
            .contains("THIRD_PARTY_TEST_REPORT"),
        results.toString());
    assertTrue(
        !results.getJsonArray("x-materials").toString().contains("THIRD_PARTY_TEST_REPORT"),
        results.toString());
    assertTrue(
        schemas
            .getJsonObject("ActionInput.request-change")
            .getJsonArray("x-materials-major-change")
            .toString()
            .contains("SECURITY_TEST_REPORT"));
  }
}
