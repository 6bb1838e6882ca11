package cn.gov.zj.cloud.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Issue 11, plain Chinese and notifications people want (Art. 8–12, 25): Beijing times on every
 * page, the rule in force in plain words, history in the reader's language, a language switch that
 * keeps {@code ?id=}, nobody notified of their own action, mails with step, deadline, opinion and
 * link, and "mark all as read".
 */
@ExtendWith(RunningStack.class)
class PlainJourneyIT {

  private static final String TENANT = "huzhou";
  private static final Pattern ISO_INSTANT = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:");
  private static final String OPINION = "材料齐全，予以受理";

  /** An application submitted by the unit and accepted by the reviewer with an opinion. */
  private static long accepted(String name) throws Exception {
    String applicant = Api.token(TENANT, TENANT + ".unit-applicant");
    String reviewer = Api.token(TENANT, TENANT + ".reviewer");
    long id = Submissions.submitted(TENANT, applicant, name);
    HttpResponse<String> accept =
        Api.post(
            reviewer,
            Submissions.base(TENANT) + "/" + id + "/actions/accept",
            "{\"opinion\": \"" + OPINION + "\"}");
    assertEquals(200, accept.statusCode(), accept.body());
    return id;
  }

  /** The decoded text of the newest mail to {@code address} whose subject holds {@code part}. */
  private static String mailText(String address, String part) throws Exception {
    long until = System.nanoTime() + 90_000_000_000L;
    while (true) {
      Optional<JsonObject> mail =
          Api.mailTo(address).getValuesAs(JsonObject.class).stream()
              .filter(m -> m.getString("subject").contains(part))
              .findFirst();
      if (mail.isPresent()) {
        return decoded(raw(mail.get().getString("id")));
      }
      assertTrue(System.nanoTime() < until, "no mail to " + address + " about " + part);
      Thread.sleep(1000);
    }
  }

  private static String raw(String id) throws Exception {
    URI uri = URI.create(RunningStack.settings().mailUrl() + "/messages/" + id);
    return Api.HTTP
        .send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString())
        .body();
  }

  /** The body of a single-part text mail, base64 or quoted-printable as Jakarta Mail chose. */
  private static String decoded(String raw) {
    String text = raw.replace("\r\n", "\n");
    int split = text.indexOf("\n\n");
    String headers = text.substring(0, split).toLowerCase();
    String body = text.substring(split + 2);
    if (headers.contains("content-transfer-encoding: base64")) {
      return new String(Base64.getMimeDecoder().decode(body.strip()), StandardCharsets.UTF_8);
    }
    if (headers.contains("content-transfer-encoding: quoted-printable")) {
      return quotedPrintable(body);
    }
    return body;
  }

  private static String quotedPrintable(String body) {
    String joined = body.replace("=\n", "");
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < joined.length(); i++) {
      char c = joined.charAt(i);
      if (c == '=' && i + 2 < joined.length()) {
        bytes.write(Integer.parseInt(joined.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        bytes.write(c);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName(
      "Art. 8–12: the reviewer is neither notified nor mailed of their own acceptance; the unit's mail carries the step, the deadline, the opinion and the link; 'mark all as read' by REST")
  void art8_notOwnActionAndMailCarriesFacts() throws Exception {
    long id = accepted(Submissions.uniqueName("通知系统"));
    String mail = mailText(TENANT + ".unit-applicant@demo.zjzwy.gov.cn", "#" + id + "（");
    assertTrue(mail.contains("意见：" + OPINION), mail);
    assertTrue(mail.contains("当前环节："), mail);
    assertTrue(Pattern.compile("办理期限：\\d{4}-\\d\\d-\\d\\d 24:00").matcher(mail).find(), mail);
    assertTrue(mail.contains("/t/" + TENANT + "/application?id=" + id), mail);
    assertTrue(mail.contains("Opinion: " + OPINION), mail);
    assertFalse(ISO_INSTANT.matcher(mail).find(), mail);

    List<String> reviewerMails =
        Api.mailTo(TENANT + ".reviewer@demo.zjzwy.gov.cn").getValuesAs(JsonObject.class).stream()
            .map(m -> m.getString("subject"))
            .filter(subject -> subject.contains("#" + id + "（"))
            .toList();
    assertTrue(
        reviewerMails.stream().noneMatch(subject -> subject.contains("已受理（待审批）")),
        "the reviewer is not mailed about their own acceptance: " + reviewerMails);

    String reviewer = Api.token(TENANT, TENANT + ".reviewer");
    String notices = "/api/v1/tenants/" + TENANT + "/notifications";
    long aboutIt =
        Api.json(Api.get(reviewer, notices + "?size=100").body())
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(item -> item.getJsonNumber("applicationId").longValue() == id)
            .count();
    assertEquals(1, aboutIt, "only the unit's submission, not the reviewer's own acceptance");

    HttpResponse<String> marked = Api.post(reviewer, notices + "/read", "{}");
    assertEquals(200, marked.statusCode(), marked.body());
    assertTrue(Api.json(marked.body()).getInt("marked") >= 1, marked.body());
    assertEquals(
        0,
        Api.json(Api.get(reviewer, notices + "?unread=true").body()).getJsonArray("items").size());
    String applicant = Api.token(TENANT, TENANT + ".unit-applicant");
    assertTrue(
        Api.json(Api.get(applicant, notices + "?unread=true&size=100").body())
                .getJsonArray("items")
                .size()
            >= 1,
        "another account's notifications stay unread");
  }

  @Test
  @DisplayName(
      "Art. 25: switching language keeps the address with ?id=; history and rule read in English; no page of the journey shows a raw UTC instant")
  void art25_languageSwitchKeepsIdAndTimesAreBeijing() throws Exception {
    long id = accepted(Submissions.uniqueName("时间系统"));
    String page = "/t/" + TENANT + "/application?id=" + id;
    try (Browser browser = new Browser()) {
      browser.open(page);
      browser.signIn(TENANT + ".reviewer");
      browser.waitForText("application-heading", "#" + id);
      assertNoInstant(browser);
      assertTrue(browser.text("timeline").contains("附件："), browser.text("timeline"));

      browser.click("lang-en");
      browser.waitForText("application-heading", "Application #" + id);
      assertTrue(
          browser.driver().getCurrentUrl().endsWith(page),
          "the address keeps ?id=: " + browser.driver().getCurrentUrl());
      String timeline = browser.text("timeline");
      assertTrue(timeline.contains("Attachments: "), timeline);
      assertFalse(timeline.contains("附件："), timeline);
      assertFalse(timeline.contains("PROVINCIAL") || timeline.contains("LOCAL v"), timeline);
      assertFalse(browser.text("application-rule").contains("v0"), "the rule in plain words");
      assertNoInstant(browser);

      for (String path :
          List.of("notifications", "inbox", "applications", "rectifications", "consultations")) {
        browser.open("/t/" + TENANT + "/" + path);
        browser.element(path + "-heading");
        assertNoInstant(browser);
      }
      browser.open("/t/" + TENANT + "/notifications");
      browser.click("notifications-form:mark-all-read");
      browser.waitForText("notifications-form:messages", "marked as read");
      browser.click("lang-zh");
      browser.waitForText("notifications-heading", "通知");
      assertTrue(browser.driver().getCurrentUrl().endsWith("/t/" + TENANT + "/notifications"));
    }
    try (Browser admin = new Browser()) {
      admin.open("/t/zhejiang/channel");
      admin.signIn("zhejiang.province-admin");
      admin.element("last-success");
      assertNoInstant(admin);
    }
  }

  /** The scan of issue 11: no page shows an ISO instant such as 2026-12-07T04:50:10Z. */
  private static void assertNoInstant(Browser browser) {
    String shown = browser.driver().findElement(By.tagName("body")).getText();
    assertFalse(
        ISO_INSTANT.matcher(shown).find(),
        browser.driver().getCurrentUrl() + " shows a raw instant: " + shown);
  }
}
