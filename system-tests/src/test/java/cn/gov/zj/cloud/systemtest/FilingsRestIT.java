package cn.gov.zj.cloud.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Art. 5: platform filings over REST with real tokens: filed (201), the attacks (another city's
 * filing 404, a city's token on the province's path refused, a reviewer 403, the wrong state 409
 * with the actions allowed now, bad input 400 problem+json with nothing stored).
 */
@ExtendWith(RunningStack.class)
class FilingsRestIT {

  private static final String CITY = "lishui";
  private static final String FILINGS = "/api/v1/tenants/" + CITY + "/filings";
  private static final String REVIEW = "/api/v1/tenants/zhejiang/filings";
  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  private static final String PLAN =
      "{\"platformName\": \"丽水市政务云\", \"mode\": \"OWN\", \"provider\": \"某云服务商\","
          + " \"capacity\": {\"vcpu\": 2000}, \"mlpsLevel\": 3}";

  private static long total(String token) throws Exception {
    return Api.json(Api.get(token, FILINGS).body()).getJsonNumber("total").longValue();
  }

  @Test
  @DisplayName(
      "Art. 5: filed 201 SUBMITTED; another city 404, the city on the province's path refused,"
          + " reviewers 403, wrong state 409 with allowedNow, bad input 400 with nothing stored")
  void art5_filingsOverRestWithTheAttacks() throws Exception {
    String city = Tokens.of(CITY, "tenant-admin");
    long before = total(city);
    HttpResponse<String> bad =
        Api.upload(
            city, FILINGS, "filing", "{\"platformName\": \" \", \"mode\": \"X\"}", "a.pdf", PDF);
    Api.assertProblem(bad, 400);
    assertTrue(bad.body().contains("platformName") && bad.body().contains("mode"), bad.body());
    assertEquals(before, total(city));

    HttpResponse<String> filed = Api.upload(city, FILINGS, "filing", PLAN, "方案.pdf", PDF);
    assertEquals(201, filed.statusCode(), filed.body());
    JsonObject filing = Api.json(filed.body());
    assertEquals("SUBMITTED", filing.getString("state"));
    long id = filing.getJsonNumber("id").longValue();

    Api.assertProblem(
        Api.get(Tokens.of("huzhou", "tenant-admin"), "/api/v1/tenants/huzhou/filings/" + id), 404);
    HttpResponse<String> cityAsProvince =
        Api.post(city, REVIEW + "/" + id + "/actions/accept", "{\"opinion\": \"同意\"}");
    assertTrue(
        cityAsProvince.statusCode() == 401
            || cityAsProvince.statusCode() == 403
            || cityAsProvince.statusCode() == 404,
        cityAsProvince.statusCode() + " " + cityAsProvince.body());
    Api.assertProblem(
        Api.post(city, FILINGS + "/" + id + "/actions/accept", "{\"opinion\": \"同意\"}"), 403);
    Api.assertProblem(Api.get(Tokens.of(CITY, "reviewer"), FILINGS + "/" + id), 403);
    Api.assertProblem(
        Api.post(
            Tokens.of("zhejiang", "reviewer"),
            REVIEW + "/" + id + "/actions/accept",
            "{\"opinion\": \"同意\"}"),
        403);

    String province = Tokens.of("zhejiang", "province-admin");
    assertTrue(
        Api.get(province, REVIEW + "?city=" + CITY + "&state=SUBMITTED")
            .body()
            .contains("\"id\":" + id));
    Api.assertProblem(
        Api.post(province, REVIEW + "/" + id + "/actions/accept", "{\"opinion\": \" \"}"), 400);
    HttpResponse<String> accepted =
        Api.post(province, REVIEW + "/" + id + "/actions/accept", "{\"opinion\": \"同意备案\"}");
    assertEquals(200, accepted.statusCode(), accepted.body());
    assertEquals("ACCEPTED", Api.json(accepted.body()).getString("state"));
    HttpResponse<String> again =
        Api.post(province, REVIEW + "/" + id + "/actions/return", "{\"opinion\": \"晚了\"}");
    Api.assertProblem(again, 409);
    assertEquals(0, Api.json(again.body()).getJsonArray("allowedNow").size());
    assertTrue(Api.get(city, FILINGS + "/register").body().contains("\"id\":" + id));
  }
}
