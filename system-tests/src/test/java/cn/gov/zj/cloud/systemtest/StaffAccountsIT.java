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
}
