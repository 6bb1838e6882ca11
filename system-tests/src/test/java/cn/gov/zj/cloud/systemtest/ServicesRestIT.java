package cn.gov.zj.cloud.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Art. 14: the service-request and training REST API with real tokens, and its refusals. */
@ExtendWith(RunningStack.class)
class ServicesRestIT {

  private static final String TENANT = "jiaxing";
  private static final String BASE = "/api/v1/tenants/" + TENANT;

  private static long systemId(String applicant) throws Exception {
    HttpResponse<String> created =
        Api.post(
            applicant,
            BASE + "/systems",
            "{\"name\": \"服务-"
                + UUID.randomUUID()
                + "\", \"description\": \"REST\", \"mlpsLevel\": 2, \"securityOfficer\": \"王五\","
                + " \"cloudStatus\": \"MIGRATING\", \"publicFacing\": false}");
    assertEquals(201, created.statusCode(), created.body());
    return Api.json(created.body()).getJsonNumber("id").longValue();
  }

  private static void assertProblem(HttpResponse<String> response, int status) {
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"),
        response.headers().toString());
  }

  private static long total(String token, String path) throws Exception {
    return Api.json(Api.get(token, path).body()).getJsonNumber("total").longValue();
  }

  @Test
  @DisplayName(
      "Art. 14: a request is 201 with its response due at +08:00; wrong role 403, wrong state 409 with the actions allowed now, another tenant's id 404")
  void art14_requestRefusals() throws Exception {
    String applicant = Tokens.of(TENANT, "unit-applicant");
    String provider = Tokens.of(TENANT, "provider-operator");
    HttpResponse<String> created =
        Api.post(
            applicant,
            BASE + "/service-requests",
            "{\"systemId\": "
                + systemId(applicant)
                + ", \"kind\": \"CONSULTING\", \"subject\": \"数据库选型\","
                + " \"description\": \"请建议数据库规格\"}");
    assertEquals(201, created.statusCode(), created.body());
    JsonObject request = Api.json(created.body());
    long id = request.getJsonNumber("id").longValue();
    assertEquals("OPEN", request.getString("state"));
    assertTrue(request.getString("responseDue").endsWith("+08:00"), request.toString());
    String actions = BASE + "/service-requests/" + id + "/actions/";

    assertProblem(Api.post(applicant, actions + "answer", "{\"answer\": \"自答\"}"), 403);
    HttpResponse<String> early = Api.post(applicant, actions + "close", "{\"note\": \"提前\"}");
    assertProblem(early, 409);
    JsonObject conflict = Api.json(early.body());
    assertEquals("OPEN", conflict.getString("state"));
    assertEquals(
        "answer", conflict.getJsonArray("allowedNow").getJsonObject(0).getString("action"));

    assertProblem(Api.post(provider, actions + "answer", "{\"answer\": \" \"}"), 400);
    HttpResponse<String> answered =
        Api.post(provider, actions + "answer", "{\"answer\": \"建议 PostgreSQL\"}");
    assertEquals(200, answered.statusCode(), answered.body());
    assertEquals("ANSWERED", Api.json(answered.body()).getString("state"));
    assertEquals(2, Api.json(answered.body()).getJsonArray("history").size());

    String foreign = Tokens.of("ningbo", "provider-operator");
    assertProblem(Api.get(foreign, "/api/v1/tenants/ningbo/service-requests/" + id), 404);
    assertProblem(
        Api.get(Tokens.of(TENANT, "security-supervisor"), BASE + "/service-requests/" + id), 403);
  }

  @Test
  @DisplayName("Art. 14 attack bad input: 400 problem+json naming each field, nothing stored")
  void art14_badInputNamesFields() throws Exception {
    String applicant = Tokens.of(TENANT, "unit-applicant");
    long before = total(applicant, BASE + "/service-requests");
    HttpResponse<String> bad =
        Api.post(
            applicant,
            BASE + "/service-requests",
            "{\"systemId\": \"x\", \"kind\": \"MAGIC\", \"subject\": 5, \"extra\": 1}");
    assertProblem(bad, 400);
    Set<String> fields =
        Api.json(bad.body()).getJsonArray("errors").stream()
            .map(error -> ((JsonString) error.asJsonObject().get("field")).getString())
            .collect(Collectors.toSet());
    assertTrue(
        fields.containsAll(Set.of("systemId", "kind", "subject", "extra")), fields.toString());
    assertEquals(before, total(applicant, BASE + "/service-requests"));
    assertProblem(Api.get(applicant, BASE + "/service-requests?state=DONE&overdue=maybe"), 400);
  }

  @Test
  @DisplayName(
      "Art. 14 attack full session: the last seat is taken, the next registration is 409; another tenant's session is 404")
  void art14_fullSessionIs409() throws Exception {
    String provider = Tokens.of(TENANT, "provider-operator");
    HttpResponse<String> scheduled =
        Api.post(
            provider,
            BASE + "/trainings",
            "{\"title\": \"容量测试\", \"startsAt\": \"2030-03-01T09:00:00+08:00\","
                + " \"durationMinutes\": 60, \"onlineLink\": \"https://meeting.example.cn/1\","
                + " \"capacity\": 1}");
    assertEquals(201, scheduled.statusCode(), scheduled.body());
    long id = Api.json(scheduled.body()).getJsonNumber("id").longValue();
    String registration = BASE + "/trainings/" + id + "/registration";
    assertProblem(Api.post(provider, registration, ""), 403);
    HttpResponse<String> taken = Api.post(Tokens.of(TENANT, "unit-applicant"), registration, "");
    assertEquals(200, taken.statusCode(), taken.body());
    assertEquals(0, Api.json(taken.body()).getInt("seatsLeft"));
    assertProblem(Api.post(Tokens.of(TENANT, "unit-security-officer"), registration, ""), 409);
    assertProblem(
        Api.put(
            provider,
            BASE + "/trainings/" + id + "/attendance",
            "{\"attended\": [\"" + TENANT + ".unit-applicant\"]}"),
        409);
    assertProblem(
        Api.get(Tokens.of("ningbo", "provider-operator"), "/api/v1/tenants/ningbo/trainings/" + id),
        404);
  }

  @Test
  @DisplayName(
      "Art. 25 attacks on the service targets: wrong role 403, a longer response or fewer sessions 400 naming the field, another realm's token 401, nothing stored")
  void art25_serviceTargetsRefusals() throws Exception {
    String targets = BASE + "/services/targets";
    String admin = Tokens.of(TENANT, "tenant-admin");
    JsonObject before = Api.json(Api.get(admin, targets).body());
    assertEquals(1, before.getInt("responseWorkingDaysProvincial"));
    assertEquals(1, before.getInt("sessionsPerQuarterProvincial"));
    String body = "{\"sessionsPerQuarter\": " + before.getInt("sessionsPerQuarter") + "}";

    assertProblem(Api.put(Tokens.of(TENANT, "reviewer"), targets, body), 403);
    assertProblem(Api.put(Tokens.of(TENANT, "provider-operator"), targets, body), 403);
    HttpResponse<String> longer = Api.put(admin, targets, "{\"responseWorkingDays\": 2}");
    assertProblem(longer, 400);
    assertTrue(longer.body().contains("responseWorkingDays"), longer.body());
    HttpResponse<String> fewer =
        Api.put(admin, targets, "{\"sessionsPerQuarter\": 0, \"extra\": 1}");
    assertProblem(fewer, 400);
    assertTrue(fewer.body().contains("sessionsPerQuarter"), fewer.body());
    assertTrue(fewer.body().contains("extra"), fewer.body());
    assertProblem(Api.put(admin, targets, "{\"sessionsPerQuarter\": \"2\"}"), 400);
    assertProblem(Api.put(admin, targets, "[]"), 400);
    assertProblem(
        Api.put(Tokens.of("ningbo", "tenant-admin"), targets, "{\"sessionsPerQuarter\": 5}"), 401);
    assertEquals(before, Api.json(Api.get(admin, targets).body()), "nothing stored");
  }
}
