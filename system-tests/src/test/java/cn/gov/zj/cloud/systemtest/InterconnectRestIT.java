package cn.gov.zj.cloud.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Art. 23, 24: the interconnection of the running stack (the private zone's channel every 2 s, the
 * real Keycloak service account, both portals): consultations reach the private zone and replies
 * come back; a crash of either portal delays messages but loses and duplicates none; a provider
 * event's invitation is rated once.
 */
@ExtendWith(RunningStack.class)
class InterconnectRestIT {

  private static final String TENANT = "taizhou";
  private static final Duration LIMIT = Duration.ofSeconds(90);
  private static final Pattern LINK = Pattern.compile("/invitation/([A-Za-z0-9_-]{43})");

  @Test
  void art24_aReplyWrittenInThePrivatePortalIsReadOnThePublicPortal() throws Exception {
    JsonObject receipt = PublicApi.consult(TENANT, "互通答复 " + unique());
    String number = receipt.getString("trackingNo");
    String reviewer = Api.token(TENANT, TENANT + ".reviewer");
    double arrived =
        PublicApi.await(LIMIT, () -> Api.get(reviewer, consultations() + "/" + number), ok());
    HttpResponse<String> replied =
        Api.post(reviewer, consultations() + "/" + number + "/reply", "{\"reply\": \"您好，已受理。\"}");
    assertEquals(200, replied.statusCode(), replied.body());
    String status = "/api/v1/consultations/" + number + "?code=" + receipt.getString("queryCode");
    double back =
        PublicApi.await(LIMIT, () -> PublicApi.get(status), r -> r.body().contains("您好，已受理。"));
    System.out.printf(
        "interconnection: consultation in the private zone after %.1f s, reply public after %.1f s%n",
        arrived, back);
    JsonObject channel = channelState();
    assertTrue(channel.getJsonNumber("receivedTotal").longValue() >= 1, channel.toString());
    assertTrue(channel.containsKey("lastSuccess"), channel.toString());
  }

  @Test
  void art24_province_adminSendsRefusedMessagesOfBothZonesAgain() throws Exception {
    String admin = Api.token("zhejiang", "zhejiang.province-admin");
    String requeue = "/api/v1/tenants/zhejiang/interconnect/requeue";
    HttpResponse<String> answer = Api.post(admin, requeue, "");
    assertEquals(200, answer.statusCode(), answer.body());
    JsonObject requeued = Api.json(answer.body());
    assertTrue(requeued.getInt("publications") >= 0, answer.body());
    assertTrue(requeued.getInt("submissions") >= 0, "the public zone answered: " + answer.body());
    String reviewer = Api.token(TENANT, TENANT + ".reviewer");
    assertEquals(
        403,
        Api.post(reviewer, "/api/v1/tenants/" + TENANT + "/interconnect/requeue", "").statusCode());
  }

  @Test
  void art23_theRectificationListTakesOpenTrueOrFalseAndRefusesAnythingElse() throws Exception {
    String provider = Api.token(TENANT, TENANT + ".provider-operator");
    String list = "/api/v1/tenants/" + TENANT + "/rectifications";
    assertEquals(200, Api.get(provider, list + "?open=true").statusCode());
    assertEquals(200, Api.get(provider, list + "?open=false").statusCode());
    HttpResponse<String> refused = Api.get(provider, list + "?open=maybe");
    assertEquals(400, refused.statusCode(), refused.body());
    assertEquals(
        "open",
        Api.json(refused.body()).getJsonArray("errors").getJsonObject(0).getString("field"),
        refused.body());
  }

  @Test
  void art24_everySubmissionArrivesOnceAcrossACrashOfThePrivatePortal() throws Exception {
    assumeTrue(RunningStack.stack() != null, "needs the stack these tests started");
    String marker = "崩溃-" + unique();
    List<String> numbers = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      numbers.add(PublicApi.consult(TENANT, marker + "-" + i).getString("trackingNo"));
    }
    RunningStack.stack()
        .crashAndRestart(
            "portal-private",
            () -> {
              try {
                for (int i = 10; i < 40; i++) {
                  numbers.add(PublicApi.consult(TENANT, marker + "-" + i).getString("trackingNo"));
                }
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    String fresh = Api.token(TENANT, TENANT + ".reviewer");
    String search =
        consultations() + "?size=100&q=" + URLEncoder.encode(marker, StandardCharsets.UTF_8);
    PublicApi.await(
        LIMIT,
        () -> Api.get(fresh, search),
        r -> r.statusCode() == 200 && Api.json(r.body()).getJsonNumber("total").longValue() >= 40);
    JsonObject listed = Api.json(Api.get(fresh, search).body());
    assertEquals(40, listed.getJsonNumber("total").longValue(), "each exactly once");
    for (String number : numbers) {
      assertEquals(200, Api.get(fresh, consultations() + "/" + number).statusCode(), number);
    }
    awaitChannel(
        state ->
            state.containsKey("publicPending")
                && state.getJsonNumber("publicPending").longValue() == 0);
  }

  @Test
  void art24_aReplyWaitsOutACrashOfThePublicPortal() throws Exception {
    assumeTrue(RunningStack.stack() != null, "needs the stack these tests started");
    JsonObject receipt = PublicApi.consult(TENANT, "公网中断 " + unique());
    String number = receipt.getString("trackingNo");
    String reviewer = Api.token(TENANT, TENANT + ".reviewer");
    PublicApi.await(LIMIT, () -> Api.get(reviewer, consultations() + "/" + number), ok());
    RunningStack.stack()
        .crashAndRestart(
            "portal-public",
            () -> {
              try {
                HttpResponse<String> replied =
                    Api.post(
                        reviewer,
                        consultations() + "/" + number + "/reply",
                        "{\"reply\": \"中断期间的答复\"}");
                assertEquals(200, replied.statusCode(), replied.body());
                awaitChannel(state -> state.getInt("failuresInARow") >= 1);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    String status = "/api/v1/consultations/" + number + "?code=" + receipt.getString("queryCode");
    PublicApi.await(LIMIT, () -> PublicApi.get(status), r -> r.body().contains("中断期间的答复"));
    awaitChannel(state -> state.getInt("failuresInARow") == 0);
  }

  @Test
  void art23_aUnitRatesAProviderEventThroughItsInvitationOnce() throws Exception {
    Submissions.providedTrial(TENANT, Submissions.uniqueName("评价邀请"));
    String applicant = Api.token(TENANT, TENANT + ".unit-applicant");
    String notices =
        Api.get(applicant, "/api/v1/tenants/" + TENANT + "/notifications?size=100").body();
    Matcher link = LINK.matcher(notices);
    assertTrue(link.find(), notices);
    String invitation = "/api/v1/tenants/" + TENANT + "/invitations/" + link.group(1);
    PublicApi.await(LIMIT, () -> PublicApi.get(invitation), ok());
    String rating = "{\"grade\": \"SATISFIED\", \"responseScore\": 5, \"qualityScore\": 4}";
    HttpResponse<String> first = PublicApi.post(invitation + "/rating", rating);
    assertEquals(201, first.statusCode(), first.body());
    HttpResponse<String> second = PublicApi.post(invitation + "/rating", rating);
    assertEquals(409, second.statusCode(), second.body());
    assertTrue(second.body().contains("每个事件只能评价一次"), second.body());
  }

  /** Waits until the channel's state, as province-admin reads it, satisfies {@code done}. */
  private static void awaitChannel(Predicate<JsonObject> done) throws Exception {
    String admin = Api.token("zhejiang", "zhejiang.province-admin");
    PublicApi.await(
        LIMIT,
        () -> Api.get(admin, "/api/v1/tenants/zhejiang/interconnect"),
        r -> r.statusCode() == 200 && done.test(Api.json(r.body())));
  }

  private static JsonObject channelState() throws Exception {
    String admin = Api.token("zhejiang", "zhejiang.province-admin");
    HttpResponse<String> state = Api.get(admin, "/api/v1/tenants/zhejiang/interconnect");
    assertEquals(200, state.statusCode(), state.body());
    return Api.json(state.body());
  }

  private static Predicate<HttpResponse<String>> ok() {
    return r -> r.statusCode() == 200;
  }

  private static String consultations() {
    return "/api/v1/tenants/" + TENANT + "/consultations";
  }

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
