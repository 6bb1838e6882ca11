package cn.gov.zj.cloud.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.registry.CreditCode;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The registry REST API with real tokens from the real Keycloak realms. */
@ExtendWith(RunningStack.class)
class RegistryRestIT {

  private static String system(String name, int level) {
    return """
        {"name": "%s", "description": "REST", "mlpsLevel": %d, "securityOfficer": "王五",
         "cloudStatus": "MIGRATING", "publicFacing": false}
        """
        .formatted(name, level);
  }

  @Test
  @DisplayName("Art. 20: a ningbo token on a hangzhou path is 401")
  void foreignTokenIs401() throws Exception {
    String ningbo = Api.token("ningbo", "ningbo.unit-applicant");
    HttpResponse<String> response = Api.get(ningbo, "/api/v1/tenants/hangzhou/systems");
    assertEquals(401, response.statusCode());
    assertProblem(response);
  }

  @Test
  @DisplayName("Art. 20: a hangzhou token asking for a ningbo system id is 404, like a missing one")
  void foreignIdIs404() throws Exception {
    String ningbo = Api.token("ningbo", "ningbo.unit-applicant");
    HttpResponse<String> created =
        Api.post(ningbo, "/api/v1/tenants/ningbo/systems", system("宁波-" + UUID.randomUUID(), 2));
    assertEquals(201, created.statusCode(), created.body());
    long id = Api.json(created.body()).getJsonNumber("id").longValue();
    assertEquals(200, Api.get(ningbo, "/api/v1/tenants/ningbo/systems/" + id).statusCode());

    String hangzhou = Api.token("hangzhou", "hangzhou.reviewer");
    HttpResponse<String> foreign = Api.get(hangzhou, "/api/v1/tenants/hangzhou/systems/" + id);
    HttpResponse<String> missing = Api.get(hangzhou, "/api/v1/tenants/hangzhou/systems/999999999");
    assertEquals(404, foreign.statusCode());
    assertEquals(missing.statusCode(), foreign.statusCode());
    assertEquals(
        Api.json(missing.body()).getString("type"), Api.json(foreign.body()).getString("type"));
  }

  @Test
  @DisplayName(
      "Art. 3, Art. 18: bad JSON and bad fields are 400 problem+json naming each field; nothing is stored")
  void badInputIs400() throws Exception {
    String token = Api.token("hangzhou", "hangzhou.unit-applicant");
    long before =
        Api.json(Api.get(token, "/api/v1/tenants/hangzhou/systems").body())
            .getJsonNumber("total")
            .longValue();

    HttpResponse<String> malformed =
        Api.post(token, "/api/v1/tenants/hangzhou/systems", "{\"name\": ");
    assertEquals(400, malformed.statusCode());
    assertProblem(malformed);
    assertEquals(List.of("body"), fields(malformed));

    HttpResponse<String> invalid =
        Api.post(
            token,
            "/api/v1/tenants/hangzhou/systems",
            "{\"name\": \"\", \"mlpsLevel\": \"three\", \"cloudStatus\": \"ON_MOON\", \"securityOfficer\": \"x\","
                + " \"publicFacing\": true}");
    assertEquals(400, invalid.statusCode());
    assertEquals(List.of("mlpsLevel", "cloudStatus", "name"), fields(invalid));

    HttpResponse<String> level6 =
        Api.post(token, "/api/v1/tenants/hangzhou/systems", system("级别六", 6));
    assertEquals(List.of("mlpsLevel"), fields(level6));

    long after =
        Api.json(Api.get(token, "/api/v1/tenants/hangzhou/systems").body())
            .getJsonNumber("total")
            .longValue();
    assertEquals(before, after);
  }

  @Test
  @DisplayName(
      "Art. 25: a unit applicant creating a unit is 403; a tenant admin's is 201 with Location")
  void rolesDecide() throws Exception {
    String body =
        "{\"name\": \"杭州市接口测试局\", \"creditCode\": \"91350100M000100Y43\", \"contact\": \"0571-1\"}";
    String applicant = Api.token("hangzhou", "hangzhou.unit-applicant");
    assertEquals(403, Api.post(applicant, "/api/v1/tenants/hangzhou/units", body).statusCode());

    String admin = Api.token("hangzhou", "hangzhou.tenant-admin");
    HttpResponse<String> created = Api.post(admin, "/api/v1/tenants/hangzhou/units", body);
    assertEquals(201, created.statusCode(), created.body());
    assertTrue(
        created
            .headers()
            .firstValue("Location")
            .orElseThrow()
            .contains("/api/v1/tenants/hangzhou/units/"));
    assertEquals(
        List.of("creditCode"), fields(Api.post(admin, "/api/v1/tenants/hangzhou/units", body)));
  }

  @Test
  @DisplayName(
      "Art. 18: a system is read back and changed with PUT, field names as the contract says")
  void readAndUpdate() throws Exception {
    String token = Api.token("jiaxing", "jiaxing.unit-applicant");
    HttpResponse<String> created =
        Api.post(token, "/api/v1/tenants/jiaxing/systems", system("嘉兴-" + UUID.randomUUID(), 2));
    long id = Api.json(created.body()).getJsonNumber("id").longValue();
    String update =
        """
        {"name": "嘉兴一网通办", "mlpsLevel": 3, "securityOfficer": "赵六", "cloudStatus": "ON_CLOUD",
         "onCloudSince": "2025-06-30", "publicFacing": true}
        """;
    HttpResponse<String> updated = Api.put(token, "/api/v1/tenants/jiaxing/systems/" + id, update);
    assertEquals(200, updated.statusCode(), updated.body());
    JsonObject system = Api.json(Api.get(token, "/api/v1/tenants/jiaxing/systems/" + id).body());
    assertEquals("嘉兴一网通办", system.getString("name"));
    assertEquals(3, system.getInt("mlpsLevel"));
    assertEquals("2025-06-30", system.getString("onCloudSince"));
    assertTrue(system.isNull("exemptionBasis"));
    assertTrue(system.getBoolean("publicFacing"));
    assertTrue(system.containsKey("unitId"));
  }

  @Test
  @DisplayName("Art. 4: the province admin reads a city's systems; a city token cannot")
  void provinceOversight() throws Exception {
    String name = "丽水-" + UUID.randomUUID();
    Api.post(
        Api.token("lishui", "lishui.unit-applicant"),
        "/api/v1/tenants/lishui/systems",
        system(name, 1));
    String province = Api.token("zhejiang", "zhejiang.province-admin");
    JsonObject page =
        Api.json(
            Api.get(
                    province,
                    "/api/v1/tenants/zhejiang/oversight/systems?tenant=lishui&q="
                        + name.substring(3))
                .body());
    assertEquals(1, page.getInt("total"));
    assertEquals("lishui", page.getJsonArray("items").getJsonObject(0).getString("tenant"));
    String city = Api.token("lishui", "lishui.tenant-admin");
    assertEquals(401, Api.get(city, "/api/v1/tenants/zhejiang/oversight/systems").statusCode());
    assertEquals(
        403,
        Api.get(
                Api.token("zhejiang", "zhejiang.reviewer"),
                "/api/v1/tenants/zhejiang/oversight/systems")
            .statusCode());
  }

  private static List<String> fields(HttpResponse<String> response) {
    assertEquals(400, response.statusCode(), response.body());
    return Api.json(response.body()).getJsonArray("errors").stream()
        .map(error -> ((JsonString) error.asJsonObject().get("field")).getString())
        .toList();
  }

  private static final String UNITS = "/api/v1/tenants/hangzhou/units";

  private static String freshCode() {
    String first17 =
        "12330100"
            + String.format(
                "%09d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 1_000_000_000L));
    return first17 + CreditCode.checkCharacter(first17);
  }

  private static HttpResponse<String> postBytes(String token, String path, byte[] body)
      throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(RunningStack.settings().privateBaseUrl() + path))
                .header("Authorization", "Bearer " + token)
                .header(
                    "Content-Type",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static long total(String token, String path) throws Exception {
    return Api.json(Api.get(token, path).body()).getJsonNumber("total").longValue();
  }

  private static long createUnit(String tenant) throws Exception {
    String admin = Api.token(tenant, tenant + ".tenant-admin");
    HttpResponse<String> created =
        Api.post(
            admin,
            "/api/v1/tenants/" + tenant + "/units",
            "{\"name\": \"撤销接口测试局-%s\", \"creditCode\": \"%s\", \"contact\": \"0571-1\"}"
                .formatted(UUID.randomUUID().toString().substring(0, 8), freshCode()));
    assertEquals(201, created.statusCode(), created.body());
    return Api.json(created.body()).getJsonNumber("id").longValue();
  }

  @Test
  @DisplayName(
      "Art. 3: an import preview names every bad cell; the import is all or nothing (400 naming the cells, 201)")
  void art3_importPreviewAndConfirm() throws Exception {
    String admin = Api.token("hangzhou", "hangzhou.tenant-admin");
    long before = total(admin, UNITS);
    String code = freshCode();
    String bad = "name,creditCode,contact\n杭州市接口导入局," + code + ",0571-1\n杭州市接口坏行,123,\n";
    HttpResponse<String> preview = Api.post(admin, UNITS + "/import/preview", "text/csv", bad);
    assertEquals(200, preview.statusCode(), preview.body());
    JsonObject checked = Api.json(preview.body());
    assertEquals(2, checked.getInt("rows"));
    assertEquals(false, checked.getBoolean("valid"));
    assertEquals(
        List.of("B3", "C3"),
        checked.getJsonArray("errors").stream()
            .map(error -> error.asJsonObject().getString("cell"))
            .toList());

    HttpResponse<String> refused = Api.post(admin, UNITS + "/import", "text/csv", bad);
    assertEquals(List.of("B3", "C3"), fields(refused));
    assertEquals(before, total(admin, UNITS));

    String good = "name,creditCode,contact\n杭州市接口导入局," + code + ",0571-1\n";
    HttpResponse<String> imported = Api.post(admin, UNITS + "/import", "text/csv", good);
    assertEquals(201, imported.statusCode(), imported.body());
    assertEquals(1, Api.json(imported.body()).getInt("created"));
    assertEquals(before + 1, total(admin, UNITS));

    HttpResponse<byte[]> template = Api.download(admin, UNITS + "/import/template");
    assertEquals(200, template.statusCode());
    assertEquals('P', template.body()[0]);
    assertEquals('K', template.body()[1]);

    String applicant = Api.token("hangzhou", "hangzhou.unit-applicant");
    assertEquals(403, Api.post(applicant, UNITS + "/import", "text/csv", good).statusCode());
    String ningbo = Api.token("ningbo", "ningbo.tenant-admin");
    assertEquals(401, Api.post(ningbo, UNITS + "/import", "text/csv", good).statusCode());
  }

  @Test
  @DisplayName(
      "Art. 3, Art. 25: a broken, zip-bomb or too-large XLSX is 400 problem+json naming the file, never a 500")
  void art3_hostileFilesAre400() throws Exception {
    String admin = Api.token("hangzhou", "hangzhou.tenant-admin");
    long before = total(admin, UNITS);
    ByteArrayOutputStream bomb = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(new byte[40 << 20]);
      zip.closeEntry();
    }
    byte[] huge = new byte[3 << 20];
    java.util.Arrays.fill(huge, (byte) 'a');
    for (String path : List.of(UNITS + "/import/preview", UNITS + "/import")) {
      for (byte[] file :
          List.of(
              bomb.toByteArray(),
              "PK\u0003\u0004broken".getBytes(StandardCharsets.ISO_8859_1),
              huge,
              new byte[0])) {
        HttpResponse<String> response = postBytes(admin, path, file);
        assertEquals(List.of("file"), fields(response), path);
        assertProblem(response);
      }
    }
    assertEquals(before, total(admin, UNITS));
  }

  @Test
  @DisplayName(
      "Art. 3: retiring over REST: wrong role 403, another tenant's id 404, no reason 400, twice 409")
  void art3_retireOverRest() throws Exception {
    long unit = createUnit("hangzhou");
    long foreign = createUnit("ningbo");
    String admin = Api.token("hangzhou", "hangzhou.tenant-admin");
    String applicant = Api.token("hangzhou", "hangzhou.unit-applicant");
    String reason = "{\"reason\": \"机构改革撤并\"}";

    assertEquals(403, Api.post(applicant, UNITS + "/" + unit + "/retire", reason).statusCode());
    assertEquals(404, Api.post(admin, UNITS + "/" + foreign + "/retire", reason).statusCode());
    assertEquals(
        List.of("reason"),
        fields(Api.post(admin, UNITS + "/" + unit + "/retire", "{\"reason\": \" \"}")));
    assertEquals(
        List.of("body"), fields(Api.post(admin, UNITS + "/" + unit + "/retire", "{\"reason\": ")));

    HttpResponse<String> retired = Api.post(admin, UNITS + "/" + unit + "/retire", reason);
    assertEquals(200, retired.statusCode(), retired.body());
    assertTrue(Api.json(retired.body()).getBoolean("retired"));
    assertEquals("机构改革撤并", Api.json(retired.body()).getString("retiredReason"));
    HttpResponse<String> twice = Api.post(admin, UNITS + "/" + unit + "/retire", reason);
    assertEquals(409, twice.statusCode());
    assertProblem(twice);
    assertTrue(Api.json(Api.get(admin, UNITS + "/" + unit).body()).getBoolean("retired"));

    HttpResponse<String> system =
        Api.post(
            applicant, "/api/v1/tenants/hangzhou/systems", system("撤销-" + UUID.randomUUID(), 2));
    long id = Api.json(system.body()).getJsonNumber("id").longValue();
    String path = "/api/v1/tenants/hangzhou/systems/" + id + "/retire";
    String ningboApplicant = Api.token("ningbo", "ningbo.unit-applicant");
    assertEquals(
        404,
        Api.post(ningboApplicant, "/api/v1/tenants/ningbo/systems/" + id + "/retire", reason)
            .statusCode());
    assertEquals(200, Api.post(applicant, path, reason).statusCode());
    assertEquals(409, Api.post(applicant, path, reason).statusCode());
    HttpResponse<String> edit =
        Api.put(applicant, "/api/v1/tenants/hangzhou/systems/" + id, system("改名", 2));
    assertEquals(409, edit.statusCode());
  }

  private static void assertProblem(HttpResponse<String> response) {
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"),
        response.body());
  }
}
