package cn.gov.zj.cloud.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Art. 6, 7: application drafts over REST with real tokens. */
@ExtendWith(RunningStack.class)
class ApplicationsRestIT {

  private static final String RESOURCES =
      """
      "resources": [{"type": "CLOUD_HOST", "quantity": 2, "vcpu": 8, "memoryGiB": 32, "systemDiskGiB": 100,
                     "dataDiskGiB": 500, "os": "openEuler 22.03"},
                    {"type": "CLOUD_DATABASE", "engine": "PostgreSQL", "vcpu": 4, "memoryGiB": 16, "storageGiB": 200},
                    {"type": "CLOUD_STORAGE", "kind": "OBJECT", "capacityGiB": 1024},
                    {"type": "CLOUD_SECURITY", "service": "WAF"},
                    {"type": "BANDWIDTH", "mbps": 50}],
      "elastic": {"min": 2, "max": 6}
      """;

  private static long newSystem(String token, String tenant) throws Exception {
    String system =
        """
        {"name": "申请系统-%s", "mlpsLevel": 2, "securityOfficer": "周九", "cloudStatus": "NOT_MIGRATED",
         "publicFacing": false}
        """
            .formatted(UUID.randomUUID());
    return Api.json(Api.post(token, "/api/v1/tenants/" + tenant + "/systems", system).body())
        .getJsonNumber("id")
        .longValue();
  }

  @Test
  @DisplayName(
      "Art. 7: a draft with the contract's resource lines is 201 with Location; GET shows state, due date and history")
  void draftRoundTrip() throws Exception {
    String token = Api.token("huzhou", "huzhou.unit-applicant");
    long system = newSystem(token, "huzhou");
    HttpResponse<String> created =
        Api.post(
            token,
            "/api/v1/tenants/huzhou/applications",
            "{\"systemId\": " + system + ", " + RESOURCES + "}");
    assertEquals(201, created.statusCode(), created.body());
    String location = created.headers().firstValue("Location").orElseThrow();
    assertTrue(location.contains("/api/v1/tenants/huzhou/applications/"));

    JsonObject application =
        Api.json(Api.get(token, location.substring(location.indexOf("/api/"))).body());
    assertEquals("DRAFT", application.getString("state"));
    assertTrue(application.isNull("dueDate"));
    assertFalse(application.getBoolean("provisional"));
    assertFalse(application.getBoolean("overdue"));
    assertEquals(5, application.getJsonArray("resources").size());
    assertEquals(6, application.getJsonObject("elastic").getInt("max"));
    assertEquals(
        "create", application.getJsonArray("history").getJsonObject(0).getString("action"));

    JsonObject drafts =
        Api.json(Api.get(token, "/api/v1/tenants/huzhou/applications?state=DRAFT").body());
    assertTrue(drafts.getInt("total") >= 1);
    // Art. 8: a draft waits on no statutory step, so none is overdue.
    String overdue = "/api/v1/tenants/huzhou/applications?state=DRAFT&overdue=true";
    assertEquals(0, Api.json(Api.get(token, overdue).body()).getInt("total"));
    assertEquals(
        400, Api.get(token, "/api/v1/tenants/huzhou/applications?overdue=maybe").statusCode());
    String reviewer = Api.token("ningbo", "ningbo.reviewer");
    long id = application.getJsonNumber("id").longValue();
    assertEquals(404, Api.get(reviewer, "/api/v1/tenants/ningbo/applications/" + id).statusCode());
  }

  @Test
  @DisplayName(
      "Art. 7: bad lines are 400 naming each by path; a reviewer cannot open an application")
  void badDrafts() throws Exception {
    String token = Api.token("huzhou", "huzhou.unit-applicant");
    long system = newSystem(token, "huzhou");
    HttpResponse<String> bad =
        Api.post(
            token,
            "/api/v1/tenants/huzhou/applications",
            "{\"systemId\": "
                + system
                + ", \"resources\": [{\"type\": \"CLOUD_HOST\", \"quantity\": 2, \"vcpu\": \"eight\","
                + " \"memoryGiB\": 32, \"systemDiskGiB\": 100, \"os\": \"x\"}, {\"type\": \"GPU\"}]}");
    assertEquals(400, bad.statusCode());
    assertTrue(bad.body().contains("\"field\":\"resources[0].vcpu\""), bad.body());
    assertTrue(bad.body().contains("\"field\":\"resources[1].type\""), bad.body());
    assertEquals(
        400, Api.get(token, "/api/v1/tenants/huzhou/applications?state=NOWHERE").statusCode());
    String reviewer = Api.token("huzhou", "huzhou.reviewer");
    assertEquals(
        403,
        Api.post(
                reviewer,
                "/api/v1/tenants/huzhou/applications",
                "{\"systemId\": " + system + ", " + RESOURCES + "}")
            .statusCode());
  }

  @Test
  @DisplayName(
      "art7_ a draft's system and lines are revised with PUT; bad input 400 with nothing stored, another tenant 404, the wrong role 403, a submitted application 409")
  void art7_draftRevised() throws Exception {
    String token = Api.token("huzhou", "huzhou.unit-applicant");
    String base = "/api/v1/tenants/huzhou/applications";
    long first = newSystem(token, "huzhou");
    long second = newSystem(token, "huzhou");
    String body = "{\"systemId\": " + first + ", " + RESOURCES + "}";
    long id = Api.json(Api.post(token, base, body).body()).getJsonNumber("id").longValue();

    String revised =
        "{\"systemId\": " + second + ", \"resources\": [{\"type\": \"BANDWIDTH\", \"mbps\": 80}]}";
    HttpResponse<String> done = Api.put(token, base + "/" + id, revised);
    assertEquals(200, done.statusCode(), done.body());
    assertEquals(second, Api.json(done.body()).getJsonNumber("systemId").longValue());

    String bad =
        "{\"systemId\": " + first + ", \"resources\": [{\"type\": \"BANDWIDTH\", \"mbps\": -1}]}";
    HttpResponse<String> refused = Api.put(token, base + "/" + id, bad);
    assertEquals(400, refused.statusCode(), refused.body());
    assertTrue(refused.headers().firstValue("Content-Type").orElse("").contains("problem+json"));
    assertEquals(
        second,
        Api.json(Api.get(token, base + "/" + id).body()).getJsonNumber("systemId").longValue(),
        "nothing stored");

    String other = Api.token("taizhou", "taizhou.unit-applicant");
    assertEquals(
        404, Api.put(other, "/api/v1/tenants/taizhou/applications/" + id, revised).statusCode());
    String reviewer = Api.token("huzhou", "huzhou.reviewer");
    assertEquals(403, Api.put(reviewer, base + "/" + id, revised).statusCode());

    for (String kind : new String[] {"CONSTRUCTION_PLAN", "SELF_TEST_REPORT"}) {
      Api.upload(token, base + "/" + id + "/attachments", kind, "m.pdf", Submissions.PDF);
    }
    assertEquals(200, Api.post(token, base + "/" + id + "/actions/submit", "{}").statusCode());
    assertEquals(409, Api.put(token, base + "/" + id, revised).statusCode());
  }
}
