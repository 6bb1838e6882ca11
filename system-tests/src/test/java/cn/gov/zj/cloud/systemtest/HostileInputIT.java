package cn.gov.zj.cloud.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Art. 25, issue 10 point 6: the private portal's REST API with real tokens refuses crafted input
 * with a 400 problem+json naming the parameter or field, never a 500, and stores nothing. (The
 * public portal's are in its own {@code HostileInputRestIT}; every endpoint of both is fuzzed by
 * {@link HostileInputFuzzIT}.)
 */
@ExtendWith(RunningStack.class)
class HostileInputIT {

  private static final String TENANT = "lishui";
  private static final String BASE = "/api/v1/tenants/" + TENANT;

  private static void assertRefused(HttpResponse<String> response, String field) {
    assertEquals(400, response.statusCode(), response.body());
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"),
        response.headers().toString());
    assertTrue(
        response.body().contains("\"field\":\"" + field + "\""), field + " in " + response.body());
  }

  private static String unit(String nameJson) {
    return "{\"name\": "
        + nameJson
        + ", \"creditCode\": \"91330100MA2B3C4D5E\", \"contact\": \"王五\"}";
  }

  private static String q(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("Art. 25 attack: page=2147483647&size=100 on every private list is 400, not a 500")
  void art25_pageBeyondTheLastIntIs400NotA500() throws Exception {
    String admin = Tokens.of(TENANT, "tenant-admin");
    for (String list :
        new String[] {
          "units",
          "systems",
          "applications",
          "inbox",
          "notifications",
          "consultations",
          "rectifications",
          "users"
        }) {
      assertRefused(Api.get(admin, BASE + "/" + list + "?page=2147483647&size=100"), "page");
      assertRefused(Api.get(admin, BASE + "/" + list + "?page=-1"), "page");
      assertRefused(Api.get(admin, BASE + "/" + list + "?size=101"), "size");
      assertRefused(Api.get(admin, BASE + "/" + list + "?size=0"), "size");
    }
    String province = Tokens.of("zhejiang", "province-admin");
    assertRefused(
        Api.get(province, "/api/v1/tenants/zhejiang/oversight/systems?page=2147483647&size=100"),
        "page");
    assertEquals(200, Api.get(admin, BASE + "/units?page=1000000&size=100").statusCode());
  }

  @Test
  @DisplayName("Art. 25 attack: a NUL byte in q= (PostgreSQL refuses 0x00) is 400 naming q")
  void aNulByteInTheSearchIs400() throws Exception {
    String admin = Tokens.of(TENANT, "tenant-admin");
    assertRefused(Api.get(admin, BASE + "/units?q=" + q("a\u0000b")), "q");
    assertRefused(Api.get(admin, BASE + "/inbox?q=" + q("\u0000")), "q");
    assertRefused(Api.get(admin, BASE + "/consultations?q=" + q("\u0000")), "q");
    assertRefused(Api.get(admin, BASE + "/applications?state=" + q("\u0000")), "state");
  }

  @Test
  @DisplayName("Art. 25 attack: a NUL byte in a path segment (a tracking number) is 400")
  void aNulByteInAPathSegmentIs400() throws Exception {
    // both portals' server refuses a NUL in the address itself, before any application code
    String reviewer = Tokens.of(TENANT, "reviewer");
    assertEquals(400, Api.get(reviewer, BASE + "/consultations/ZX%00").statusCode());
    assertEquals(400, PublicApi.get("/api/v1/consultations/ZX%00?code=AAAA2222").statusCode());
  }

  @Test
  @DisplayName("Art. 25 attack: a NUL byte in a name is 400 naming it, and nothing is stored")
  void aNulByteInANameIs400() throws Exception {
    String admin = Tokens.of(TENANT, "tenant-admin");
    String marker = "nul" + UUID.randomUUID().toString().substring(0, 8);
    assertRefused(Api.post(admin, BASE + "/units", unit("\"" + marker + "\\u0000\"")), "name");
    assertRefused(
        Api.post(
            admin,
            BASE + "/units",
            "{\"name\": \"x\", \"creditCode\": \"9133\\u0000\", \"contact\": \"王五\"}"),
        "creditCode");
    assertFalse(Api.get(admin, BASE + "/units?q=" + marker).body().contains(marker));
  }

  @Test
  @DisplayName(
      "Art. 25 attack: bidi overrides (U+202E) and zero-width-only names are 400 in units, systems and staff")
  void aBidiOverrideInANameIs400() throws Exception {
    String admin = Tokens.of(TENANT, "tenant-admin");
    assertRefused(Api.post(admin, BASE + "/units", unit("\"单位\\u202e局据数\"")), "name");
    assertRefused(Api.post(admin, BASE + "/units", unit("\"\\u200b\\u200c\\u200d\"")), "name");
    String applicant = Tokens.of(TENANT, "unit-applicant");
    assertRefused(
        Api.post(
            applicant,
            BASE + "/systems",
            "{\"name\": \"\\u2067系统\\u2069\", \"mlpsLevel\": 2, \"securityOfficer\": \"王五\","
                + " \"cloudStatus\": \"MIGRATING\", \"publicFacing\": false}"),
        "name");
    assertRefused(
        Api.post(
            admin,
            BASE + "/users",
            "{\"username\": \"bidi.chief\", \"firstName\": \"\\u202e长局\", \"lastName\": \"王\","
                + " \"email\": \"bidi.chief@ls.example.gov.cn\", \"role\": \"reviewer\"}"),
        "firstName");
  }

  @Test
  @DisplayName("Art. 25 attack: JSON nested 5,000 levels deep is 400 naming the body")
  void jsonNestedDeeperThanTheLimitIs400() throws Exception {
    String admin = Tokens.of(TENANT, "tenant-admin");
    assertRefused(Api.post(admin, BASE + "/units", "[".repeat(5000) + "]".repeat(5000)), "body");
    assertRefused(
        Api.post(
            admin, BASE + "/units", "{\"name\":" + "{\"a\":".repeat(3000) + "1" + "}".repeat(3001)),
        "body");
  }

  @Test
  @DisplayName(
      "Art. 25 attack: a duplicate key is 400 naming the key; an over-long text names its field")
  void aDuplicateKeyIs400() throws Exception {
    String admin = Tokens.of(TENANT, "tenant-admin");
    assertRefused(
        Api.post(
            admin,
            BASE + "/units",
            "{\"name\": \"甲\", \"name\": \"乙\", \"creditCode\": \"91330100MA2B3C4D5E\","
                + " \"contact\": \"王五\"}"),
        "name");
    assertRefused(Api.post(admin, BASE + "/units", unit("\"" + "长".repeat(70_000) + "\"")), "name");
  }

  @Test
  @DisplayName(
      "Art. 25: wrong JSON types, huge numbers, an empty body, non-JSON and ids that are no numbers are 4xx")
  void wrongShapesAre4xx() throws Exception {
    String applicant = Tokens.of(TENANT, "unit-applicant");
    assertRefused(
        Api.post(applicant, BASE + "/applications", "{\"systemId\": \"1\", \"resources\": []}"),
        "systemId");
    assertRefused(
        Api.post(
            applicant,
            BASE + "/applications",
            "{\"systemId\": 9223372036854775808, \"resources\": []}"),
        "systemId");
    assertRefused(Api.post(applicant, BASE + "/applications", ""), "body");
    int xml = Api.post(applicant, BASE + "/applications", "application/xml", "<a/>").statusCode();
    assertTrue(xml == 415 || xml == 400, "non-JSON is 415 or 400, was " + xml);
    assertEquals(404, Api.get(applicant, BASE + "/applications/abc").statusCode());
    assertEquals(404, Api.get(applicant, BASE + "/applications/99999999999999999999").statusCode());
    String reviewer = Tokens.of(TENANT, "reviewer");
    int callback = Api.post(reviewer, BASE + "/rectifications/abc/callback", "{}").statusCode();
    assertTrue(callback == 404 || callback == 400, "was " + callback);
  }

  @Test
  @DisplayName(
      "Art. 25 attack: a file name with a bidi override (invoice[U+202E]fdp.exe) is 400 naming file")
  void aBidiOverrideInAFileNameIs400() throws Exception {
    String applicant = Tokens.of(TENANT, "unit-applicant");
    long id = Submissions.draft(TENANT, applicant, Submissions.uniqueName("bidi 附件"));
    String attachments = BASE + "/applications/" + id + "/attachments";
    assertRefused(
        Api.upload(applicant, attachments, "OTHER", "invoice\u202efdp.pdf", Submissions.PDF),
        "file");
    assertTrue(Api.get(applicant, attachments).body().contains("\"items\":[]"));
    assertRefused(
        Api.upload(applicant, attachments, "OTHER", "\u200b\u200b", Submissions.PDF), "file");
    HttpResponse<String> plain =
        Api.upload(applicant, attachments, "OTHER", "建设方案 v2.pdf", Submissions.PDF);
    assertEquals(201, plain.statusCode(), "an ordinary Chinese file name passes: " + plain.body());
    assertTrue(plain.body().contains("建设方案 v2.pdf"), plain.body());
  }
}
