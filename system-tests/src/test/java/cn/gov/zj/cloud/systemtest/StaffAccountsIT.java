package cn.gov.zj.cloud.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;

/** Art. 4, Art. 25: the tenant administrator opens accounts in the tenant's own realm. */
@ExtendWith(RunningStack.class)
class StaffAccountsIT {

  private static long demoUnitId(String token, String tenant) throws Exception {
    JsonObject page =
        Api.json(
            Api.get(token, "/api/v1/tenants/" + tenant + "/units?q=%E6%BC%94%E7%A4%BA").body());
    return page.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
  }

  private static String account(String username, String role, Long unitId) {
    return """
        {"username": "%s", "firstName": "小明", "lastName": "王", "email": "%s@hz.example.gov.cn",
         "role": "%s", "unitId": %s}
        """
        .formatted(username, username, role, unitId);
  }

  @Test
  @DisplayName(
      "Art. 4, Art. 25: a unit applicant account carries its unit; it signs in and sees its unit")
  void openedAccountBelongsToItsUnit() throws Exception {
    String admin = Api.token("hangzhou", "hangzhou.tenant-admin");
    long unit = demoUnitId(admin, "hangzhou");
    String username = "wang." + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> opened =
        Api.post(
            admin, "/api/v1/tenants/hangzhou/users", account(username, "unit-applicant", unit));
    assertEquals(201, opened.statusCode(), opened.body());
    JsonObject answer = Api.json(opened.body());
    String password = answer.getString("temporaryPassword");
    assertEquals(18, answer.getString("unit").length());

    JsonObject list =
        Api.json(Api.get(admin, "/api/v1/tenants/hangzhou/users?q=" + username).body());
    assertEquals(1, list.getInt("total"));
    assertEquals(
        answer.getString("unit"), list.getJsonArray("items").getJsonObject(0).getString("unit"));

    String ningboAdmin = Api.token("ningbo", "ningbo.tenant-admin");
    assertEquals(
        0,
        Api.json(Api.get(ningboAdmin, "/api/v1/tenants/ningbo/users?q=" + username).body())
            .getInt("total"));

    try (Browser browser = new Browser()) {
      browser.open("/t/hangzhou/");
      browser.signIn(username, password);
      browser.type("password-new", "Changed-" + password);
      browser.type("password-confirm", "Changed-" + password + Keys.ENTER);
      browser.waitForText("own-unit", "演示");
      assertTrue(browser.text("roles").contains("使用单位经办人"));
    }
  }

  @Test
  @DisplayName(
      "Art. 25: only the tenant admin opens accounts; bad input and duplicates are 400 and change nothing")
  void rulesOfOpening() throws Exception {
    String applicant = Api.token("hangzhou", "hangzhou.unit-applicant");
    assertEquals(
        403,
        Api.post(applicant, "/api/v1/tenants/hangzhou/users", account("x.y", "reviewer", null))
            .statusCode());

    String admin = Api.token("hangzhou", "hangzhou.tenant-admin");
    HttpResponse<String> province =
        Api.post(
            admin, "/api/v1/tenants/hangzhou/users", account("p.admin", "province-admin", null));
    assertEquals(400, province.statusCode());
    assertTrue(province.body().contains("\"field\":\"role\""), province.body());

    HttpResponse<String> noUnit =
        Api.post(
            admin, "/api/v1/tenants/hangzhou/users", account("no.unit", "unit-applicant", null));
    assertTrue(noUnit.body().contains("\"field\":\"unitId\""), noUnit.body());

    HttpResponse<String> taken =
        Api.post(
            admin,
            "/api/v1/tenants/hangzhou/users",
            account("hangzhou.reviewer", "reviewer", null));
    assertEquals(400, taken.statusCode());
    assertTrue(taken.body().contains("staff.username.taken"), taken.body());
    assertFalse(
        Api.get(admin, "/api/v1/tenants/hangzhou/users?q=no.unit").body().contains("no.unit"));
  }

  // ---------------------------------------------------------------- issue 11: managing accounts

  private static final String USERS = "/api/v1/tenants/hangzhou/users";

  /** A new hangzhou account of that role (unit staff of the demo unit); its id. */
  private static String opened(String admin, String role) throws Exception {
    String username = "acct." + UUID.randomUUID().toString().substring(0, 8);
    Long unit = role.startsWith("unit-") ? demoUnitId(admin, "hangzhou") : null;
    HttpResponse<String> opened = Api.post(admin, USERS, account(username, role, unit));
    assertEquals(201, opened.statusCode(), opened.body());
    return Api.json(opened.body()).getString("id");
  }

  private static JsonObject shown(String admin, String id) throws Exception {
    HttpResponse<String> answer = Api.get(admin, USERS + "/" + id);
    assertEquals(200, answer.statusCode(), answer.body());
    return Api.json(answer.body());
  }

  static HttpResponse<String> delete(String token, String path) throws Exception {
    return Api.HTTP.send(
        java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(RunningStack.settings().privateBaseUrl() + path))
            .header("Authorization", "Bearer " + token)
            .DELETE()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static void assertProblem(int status, HttpResponse<String> answer) {
    assertEquals(status, answer.statusCode(), answer.body());
    assertEquals(
        "application/problem+json",
        answer.headers().firstValue("Content-Type").orElse("").split(";")[0]);
  }

  @Test
  @DisplayName(
      "Art. 25: the tenant admin lists an account with roles, status and unit name, changes its"
          + " roles and names, disables, enables, resets the password and removes it")
  void art25_manageAnAccountOverRest() throws Exception {
    String admin = Api.token("hangzhou", "hangzhou.tenant-admin");
    String id = opened(admin, "unit-applicant");
    JsonObject account = shown(admin, id);
    assertEquals("unit-applicant", account.getJsonArray("roles").getString(0));
    assertTrue(account.getBoolean("enabled"));
    assertTrue(account.getString("unitName").contains("演示"), account.toString());
    JsonObject listed =
        Api.json(Api.get(admin, USERS + "?q=" + account.getString("username")).body())
            .getJsonArray("items")
            .getJsonObject(0);
    assertEquals(account.getString("unitName"), listed.getString("unitName"));
    assertEquals("unit-applicant", listed.getJsonArray("roles").getString(0));

    HttpResponse<String> changed =
        Api.put(
            admin,
            USERS + "/" + id,
            """
            {"firstName": "大明", "lastName": "李", "email": "%s",
             "roles": ["reviewer", "security-supervisor"], "unitId": null}
            """
                .formatted("li." + account.getString("username") + "@hz.example.gov.cn"));
    assertEquals(200, changed.statusCode(), changed.body());
    JsonObject after = shown(admin, id);
    assertEquals("李", after.getString("lastName"));
    assertEquals("[\"reviewer\",\"security-supervisor\"]", after.getJsonArray("roles").toString());
    assertTrue(after.isNull("unit"), "a department account belongs to no unit");

    assertFalse(
        Api.json(Api.post(admin, USERS + "/" + id + "/disable", "").body()).getBoolean("enabled"));
    assertFalse(shown(admin, id).getBoolean("enabled"));
    assertTrue(
        Api.json(Api.post(admin, USERS + "/" + id + "/enable", "").body()).getBoolean("enabled"));

    HttpResponse<String> reset = Api.post(admin, USERS + "/" + id + "/password-reset", "");
    assertEquals(200, reset.statusCode(), reset.body());
    assertEquals(14, Api.json(reset.body()).getString("temporaryPassword").length());

    assertEquals(204, delete(admin, USERS + "/" + id).statusCode());
    assertProblem(404, Api.get(admin, USERS + "/" + id));
  }

  @Test
  @DisplayName(
      "Art. 25, another tenant's accounts: ningbo's administrator reaches no hangzhou account by"
          + " its id (404) and changes nothing")
  void art25_anotherTenantsAccountIsNotFound() throws Exception {
    String admin = Api.token("hangzhou", "hangzhou.tenant-admin");
    String id = opened(admin, "reviewer");
    String ningbo = Api.token("ningbo", "ningbo.tenant-admin");
    String foreign = "/api/v1/tenants/ningbo/users/" + id;
    assertProblem(404, Api.get(ningbo, foreign));
    assertProblem(404, Api.post(ningbo, foreign + "/disable", ""));
    assertProblem(404, Api.post(ningbo, foreign + "/password-reset", ""));
    assertProblem(
        404,
        Api.put(
            ningbo,
            foreign,
            "{\"firstName\": \"甲\", \"lastName\": \"乙\", \"email\": \"x@nb.example.gov.cn\","
                + " \"roles\": [\"tenant-admin\"]}"));
    assertProblem(404, delete(ningbo, foreign));
    assertTrue(Api.get(ningbo, USERS + "/" + id).statusCode() >= 400, "the path names hangzhou");
    JsonObject unchanged = shown(admin, id);
    assertTrue(unchanged.getBoolean("enabled"));
    assertEquals("王", unchanged.getString("lastName"));
  }

  @Test
  @DisplayName(
      "Art. 25, the wrong role: a reviewer gets 403 on every account action and changes nothing")
  void art25_wrongRoleIsForbidden() throws Exception {
    String admin = Api.token("hangzhou", "hangzhou.tenant-admin");
    String id = opened(admin, "reviewer");
    String reviewer = Api.token("hangzhou", "hangzhou.reviewer");
    String path = USERS + "/" + id;
    assertProblem(403, Api.get(reviewer, path));
    assertProblem(403, Api.post(reviewer, path + "/disable", ""));
    assertProblem(403, Api.post(reviewer, path + "/password-reset", ""));
    assertProblem(403, delete(reviewer, path));
    assertTrue(shown(admin, id).getBoolean("enabled"));
  }

  @Test
  @DisplayName(
      "Art. 25, bad input: a province role, no role, a unit role without unit, a bad email, an"
          + " unknown field or a crafted id is 400/404 problem+json and nothing changes")
  void art25_badInputChangesNothing() throws Exception {
    String admin = Api.token("hangzhou", "hangzhou.tenant-admin");
    String id = opened(admin, "reviewer");
    String path = USERS + "/" + id;
    String body = "{\"firstName\": \"甲\", \"lastName\": \"乙\", \"email\": \"%s\", \"roles\": %s%s}";
    String email = "jia." + id.substring(0, 8) + "@hz.example.gov.cn";
    for (String[] bad :
        new String[][] {
          {email, "[\"province-admin\"]", "", "roles"},
          {email, "[]", "", "roles"},
          {email, "\"reviewer\"", "", "roles"},
          {email, "[\"unit-applicant\"]", "", "unitId"},
          {"not-an-email", "[\"reviewer\"]", "", "email"},
          {email, "[\"reviewer\"]", ", \"username\": \"root\"", "username"},
        }) {
      HttpResponse<String> refused = Api.put(admin, path, body.formatted(bad[0], bad[1], bad[2]));
      assertProblem(400, refused);
      assertTrue(refused.body().contains("\"field\":\"" + bad[3] + "\""), refused.body());
    }
    HttpResponse<String> sign =
        Api.put(
            admin,
            path,
            "{\"firstName\": \"小<明>\", \"lastName\": \"王\", \"email\": \""
                + email
                + "\", \"roles\": [\"reviewer\"]}");
    assertProblem(400, sign);
    assertTrue(sign.body().contains("\"field\":\"firstName\""), sign.body());
    assertProblem(400, Api.put(admin, path, "[1, 2"));
    assertProblem(400, Api.get(admin, USERS + "/..%2F..%2Fclients"));
    for (String crafted : new String[] {"1", "clients", id.toUpperCase(), id + "x"}) {
      assertProblem(404, Api.get(admin, USERS + "/" + crafted));
    }
    JsonObject unchanged = shown(admin, id);
    assertEquals("王", unchanged.getString("lastName"));
    assertEquals("[\"reviewer\"]", unchanged.getJsonArray("roles").toString());
  }

  @Test
  @DisplayName(
      "Art. 25: the administrator cannot disable, reset or remove itself (409), nor touch the"
          + " province administrator's account (403)")
  void art25_selfAndProvinceAdministratorRefused() throws Exception {
    String admin = Api.token("hangzhou", "hangzhou.tenant-admin");
    String self =
        Api.json(Api.get(admin, USERS + "?q=hangzhou.tenant-admin").body())
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("id");
    assertProblem(409, Api.post(admin, USERS + "/" + self + "/disable", ""));
    assertProblem(409, Api.post(admin, USERS + "/" + self + "/password-reset", ""));
    assertProblem(409, delete(admin, USERS + "/" + self));
    assertTrue(shown(admin, self).getBoolean("enabled"));

    String zhejiang = Api.token("zhejiang", "zhejiang.tenant-admin");
    String provinceUsers = "/api/v1/tenants/zhejiang/users";
    String province =
        Api.json(Api.get(zhejiang, provinceUsers + "?q=zhejiang.province-admin").body())
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("id");
    assertProblem(403, Api.post(zhejiang, provinceUsers + "/" + province + "/disable", ""));
    assertProblem(403, delete(zhejiang, provinceUsers + "/" + province));
  }

  @Test
  @DisplayName(
      "Art. 25, in the browser: the account list shows roles, status and unit name; the"
          + " administrator resets a password (shown once), edits roles and name, and disables the"
          + " account after confirming")
  void art25_accountListJourney() throws Exception {
    String admin = Api.token("hangzhou", "hangzhou.tenant-admin");
    String id = opened(admin, "unit-applicant");
    String username = shown(admin, id).getString("username");
    try (Browser browser = new Browser()) {
      browser.open("/t/hangzhou/users");
      browser.signIn("hangzhou.tenant-admin");
      browser.type("users-form:users-table:globalFilter", username);
      browser.waitForText("users-form:users-table:0:username", username);
      assertEquals("使用单位经办人", browser.text("users-form:users-table:0:roles"));
      assertEquals("启用", browser.text("users-form:users-table:0:status"));
      assertTrue(browser.text("users-form:users-table:0:unit").contains("演示"));

      browser.click("users-form:users-table:0:reset-password");
      browser.element("confirm-form:confirm-yes").click();
      browser.waitForText("users-form:reset-username", username);
      assertEquals(14, browser.text("users-form:reset-password").length());

      browser.type("users-form:users-table:globalFilter", username);
      browser.waitForText("users-form:users-table:0:username", username);
      browser.click("users-form:users-table:0:edit");
      browser.waitForUrlContaining("user-edit?id=" + id);
      assertEquals("true", browser.element("staff-form:username").getAttribute("readonly"));
      browser.element("staff-form:roles:1").click();
      browser.type("staff-form:last-name", "赵");
      browser.click("staff-form:save");
      browser.waitForText("users-form:messages", "已保存账号 " + username);
      assertNull(browser.textNow("users-form:reset-password"), "the password is shown once");

      browser.type("users-form:users-table:globalFilter", username);
      browser.waitForText("users-form:users-table:0:username", username);
      browser.click("users-form:users-table:0:disable");
      browser.element("confirm-form:confirm-yes").click();
      browser.waitForText("users-form:messages", "已停用账号 " + username);
      browser.type("users-form:users-table:globalFilter", username);
      browser.waitForText("users-form:users-table:0:status", "已停用");
      assertEquals("使用单位经办人、单位安全管理员", browser.text("users-form:users-table:0:roles"));
      assertEquals("赵小明", browser.text("users-form:users-table:0:name"));
    }
    JsonObject after = shown(admin, id);
    assertFalse(after.getBoolean("enabled"));
    assertEquals(
        "[\"unit-applicant\",\"unit-security-officer\"]", after.getJsonArray("roles").toString());
  }
}
