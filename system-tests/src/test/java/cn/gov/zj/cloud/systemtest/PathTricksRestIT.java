package cn.gov.zj.cloud.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Art. 5, Art. 24: the penetration test's path tricks against the running stack, with real tokens
 * and anonymously: refused before routing in both zones, and a citizen's complaint cannot be made
 * to vanish through them before the private zone has it.
 */
@ExtendWith(RunningStack.class)
class PathTricksRestIT {

  private static final String TENANT = "jinhua";

  @Test
  @DisplayName(
      "Art. 24: anonymous GET/POST of interconnect;x=1/… is 400 and the complaint still reaches"
          + " the private zone")
  void art24_matrixParametersDoNotOpenTheInterconnectionAndNothingVanishes() throws Exception {
    String subject = "路径攻击 " + UUID.randomUUID().toString().substring(0, 8);
    String number = PublicApi.consult(TENANT, subject).getString("trackingNo");
    for (String path :
        List.of(
            "/api/v1/interconnect;x=1/submissions",
            "/api/v1/interconnect/submissions;x=1",
            "/api/v1/x/../interconnect/submissions",
            "/api/v1//interconnect/submissions",
            "/api/v1/interconnect%2Fsubmissions")) {
      HttpResponse<String> pulled = PublicApi.get(path);
      assertBadPath(pulled, "GET " + path);
      assertTrue(!pulled.body().contains("\"seq\""), path + " showed the queue");
    }
    String acks = "{\"acked\": [" + sequence(1, 2000) + "], \"refused\": []}";
    for (String path :
        List.of(
            "/api/v1/interconnect;x=1/settlements",
            "/api/v1/interconnect;x=1/submissions/requeue",
            "/api/v1/./interconnect/settlements")) {
      assertBadPath(PublicApi.post(path, acks), "POST " + path);
    }
    String reviewer = Api.token(TENANT, TENANT + ".reviewer");
    PublicApi.await(
        Duration.ofSeconds(90),
        () -> Api.get(reviewer, "/api/v1/tenants/" + TENANT + "/consultations/" + number),
        r -> r.statusCode() == 200 && r.body().contains(subject));
  }

  @Test
  @DisplayName("Art. 5: with a valid token, tricked paths of its own tenant are 400 before routing")
  void art5_trickedPathsAre400EvenWithAValidToken() throws Exception {
    String token = Api.token("hangzhou", "hangzhou.tenant-admin");
    assertEquals(200, Api.get(token, "/api/v1/tenants/hangzhou/units").statusCode());
    for (String path :
        List.of(
            "/api/v1/tenants/hangzhou/units;x=1",
            "/api/v1/tenants/hangzhou;x=1/units",
            "/api/v1;x=1/tenants/hangzhou/units",
            "/api/v1/tenants/ningbo/../hangzhou/units",
            "/api/v1/tenants/hangzhou//units",
            "/api/v1/tenants/hangzhou/./units",
            "/api/v1/tenants/hangzhou%2Funits")) {
      assertBadPath(Api.get(token, path), path);
    }
  }

  private static void assertBadPath(HttpResponse<String> answer, String what) {
    assertEquals(400, answer.statusCode(), what + ": " + answer.body());
    assertTrue(answer.body().contains("urn:zjzwy:problem:bad-path"), what + ": " + answer.body());
  }

  private static String sequence(int from, int to) {
    StringBuilder text = new StringBuilder();
    for (int i = from; i <= to; i++) {
      text.append(i == from ? "" : ",").append(i);
    }
    return text.toString();
  }
}
