package cn.gov.zj.cloud.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Art. 23, 24 in headless Chromium on the running stack: a citizen's consultation answered in the
 * private portal and read on the public one; a unit rating a provider event through its invitation
 * once; a DISSATISFIED rating whose rectification the provider answers and the rater reads; a
 * citizen's rating with tags per grade, its short receipt and its page with the bad review's
 * deadlines; the complaint's contact revealed to the staff who call back, audited.
 */
@ExtendWith(RunningStack.class)
class FeedbackJourneyIT {

  private static final String TENANT = "shaoxing";
  private static final String PAGES = "/t/" + TENANT + "/";

  @Test
  void art23_aConsultationIsAnsweredInThePrivatePortalAndReadWithItsNumberAndCode()
      throws Exception {
    String subject = "投诉：窗口排队 " + UUID.randomUUID().toString().substring(0, 8);
    try (Browser citizen = new Browser();
        Browser staff = new Browser()) {
      citizen.openPublic(PAGES + "consult");
      citizen.choose("consult-form:category", "COMPLAINT");
      citizen.type("consult-form:subject", subject);
      citizen.type("consult-form:content", "周一上午排队超过一小时。");
      citizen.type("consult-form:contact", "13900001111");
      citizen.element("consult-form:submit").click();
      String number = citizen.text("receipt-number").strip();
      String code = citizen.text("receipt-code").strip();

      staff.open(PAGES + "consultations");
      staff.signIn(TENANT + ".reviewer");
      staff.reloadUntil(
          PAGES + "consultations", false, "consultations-form:consultations-table", subject);
      staff.type("consultations-form:consultations-table:globalFilter", number);
      staff.waitForText("consultations-form:consultations-table:0:tracking-no", number);
      staff.click("consultations-form:consultations-table:0:open");
      staff.waitForText("answer-contact", "139****1111");
      // Art. 23: the full contact only on request, to call back; the reveal is audited in both
      // zones
      staff.click("answer-form:reveal-contact");
      staff.element("confirm-form:confirm-yes").click();
      staff.waitForText("answer-contact-revealed", "13900001111");
      assertEquals(
          1,
          AuditTrail.count(
              true, TENANT, "consultation.contact-reveal", number, TENANT + ".reviewer"));
      assertEquals(
          1,
          AuditTrail.count(
              false,
              TENANT,
              "consultation.contact-revealed",
              number,
              "private-zone:" + TENANT + ".reviewer"));
      staff.type("answer-form:reply", "已协调增开窗口，感谢您的反馈。");
      staff.element("answer-form:send-reply").click();
      staff.element("confirm-form:confirm-yes").click();
      staff.waitForText("answer-form:answer-messages", "答复已保存");

      // Art. 25: the code is posted by the status form, never part of the address
      citizen.retryUntil(
          () -> {
            citizen.openPublic(PAGES + "status");
            citizen.type("status-form:number", number);
            citizen.type("status-form:code", code);
            citizen.element("status-form:look-up").click();
          },
          "status-reply",
          "已协调增开窗口");
      assertFalse(citizen.driver().getCurrentUrl().contains(code));
    }
  }

  @Test
  void art23_revealingAContactIsRefusedToRolesThatDoNotAnswerComplaintsAndToOtherTenants()
      throws Exception {
    String number =
        PublicApi.consult(TENANT, Submissions.uniqueName("联系方式")).getString("trackingNo");
    String contact = "/api/v1/tenants/" + TENANT + "/consultations/" + number + "/contact";
    arrived(number);
    for (String role : List.of("unit-applicant", "provider-operator")) {
      HttpResponse<String> refused = Api.post(Tokens.of(TENANT, role), contact, "{}");
      assertEquals(403, refused.statusCode(), role + ": " + refused.body());
      assertFalse(refused.body().contains("13800138000"));
    }
    HttpResponse<String> elsewhere =
        Api.post(
            Tokens.of("huzhou", "reviewer"),
            "/api/v1/tenants/huzhou/consultations/" + number + "/contact",
            "{}");
    assertEquals(404, elsewhere.statusCode(), elsewhere.body());
    assertEquals(
        0,
        AuditTrail.count(
            true, TENANT, "consultation.contact-reveal", number, TENANT + ".unit-applicant"));
    HttpResponse<String> shown = Api.post(Tokens.of(TENANT, "tenant-admin"), contact, "{}");
    assertEquals(200, shown.statusCode(), shown.body());
    assertEquals("13800138000", Api.json(shown.body()).getString("contact"));

    HttpResponse<String> anonymous =
        PublicApi.post(
            "/api/v1/tenants/" + TENANT + "/consultations",
            "{\"category\": \"SUGGESTION\", \"subject\": \""
                + Submissions.uniqueName("无联系方式")
                + "\", \"content\": \"匿名建议\"}");
    String without = Api.json(anonymous.body()).getString("trackingNo");
    arrived(without);
    HttpResponse<String> none =
        Api.post(
            Tokens.of(TENANT, "reviewer"),
            "/api/v1/tenants/" + TENANT + "/consultations/" + without + "/contact",
            "{}");
    assertEquals(409, none.statusCode(), none.body());
    assertTrue(none.body().contains("problem:conflict"), none.body());
  }

  @Test
  void art23_aCitizenRatesAServiceKeepsTheShortReceiptAndReadsTheRatingsPageWithItsDeadlines()
      throws Exception {
    String name = Submissions.uniqueName("公开服务评价");
    String service = Fixtures.publicService(TENANT, name);
    try (Browser citizen = new Browser()) {
      citizen.reloadUntil(PAGES + "rate?service=" + service, true, "rate-service-name", name);
      // Art. 23: the tags offered follow the grade (portal.js; the CSP allows no inline script)
      assertFalse(tag(citizen, "SLOW").isDisplayed(), "no tag before a grade is chosen");
      citizen.choose("rate-form:grade", "SATISFIED");
      assertTrue(tag(citizen, "FRIENDLY").isDisplayed());
      assertFalse(tag(citizen, "SLOW").isDisplayed());
      tag(citizen, "FRIENDLY").click();
      citizen.choose("rate-form:grade", "DISSATISFIED");
      assertFalse(tag(citizen, "FRIENDLY").isDisplayed());
      assertFalse(tag(citizen, "FRIENDLY").isSelected(), "a tag that no longer fits is unticked");
      tag(citizen, "SLOW").click();
      tag(citizen, "UNRESOLVED").click();
      citizen.type("rate-form:comment", "线上预约总是失败");
      citizen.element("rate-form:submit").click();

      String receipt = citizen.text("receipt-rating-id").strip();
      assertTrue(receipt.matches("PJ\\d{8}-\\d{6}"), receipt);
      citizen.click("receipt-copy");
      citizen.waitForText("receipt-copy-status", "复制");
      citizen.element("receipt-open").click();

      citizen.waitForText("rating-receipt", receipt);
      assertEquals(name, citizen.text("rating-rated").strip());
      assertEquals("不满意", citizen.text("rating-grade").strip());
      assertEquals("响应慢、问题未解决", citizen.text("rating-tags").strip());
      assertEquals("线上预约总是失败", citizen.text("rating-comment").strip());
      assertTrue(citizen.text("deadline-callback-due").matches("\\d{4}-\\d{2}-\\d{2}.*"));
      assertEquals("办理中", citizen.text("deadline-callback-state").strip());
      assertEquals("办理中", citizen.text("deadline-report-state").strip());
      assertTrue(citizen.policyViolations().isEmpty(), citizen.policyViolations().toString());
    }
  }

  /** Art. 24: waits until the consultation reached the private zone with an exchange. */
  private static void arrived(String number) throws Exception {
    PublicApi.await(
        Duration.ofSeconds(90),
        () ->
            Api.get(
                Tokens.of(TENANT, "reviewer"),
                "/api/v1/tenants/" + TENANT + "/consultations/" + number),
        r -> r.statusCode() == 200);
  }

  private static WebElement tag(Browser browser, String tag) {
    return browser
        .driver()
        .findElement(
            By.cssSelector("input[type=checkbox][name='rate-form:tags'][value='" + tag + "']"));
  }

  @Test
  void art23_aUnitRatesAProviderEventThroughItsInvitationOnceAndASecondRatingIsRefused()
      throws Exception {
    Submissions.providedTrial(TENANT, Submissions.uniqueName("邀请评价"));
    try (Browser unit = new Browser()) {
      openInvitation(unit);
      unit.choose("invitation-form:grade", "VERY_SATISFIED");
      unit.choose("invitation-form:responseScore", "5");
      unit.choose("invitation-form:qualityScore", "4");
      unit.element("invitation-form:submit").click();
      assertTrue(unit.text("receipt-access-code").strip().length() == 8);
      unit.driver().navigate().refresh();
      unit.waitForText("invitation-rated", "每个事件只能评价一次");
    }
  }

  @Test
  void art23_aDissatisfiedRatingOpensARectificationThatTheProviderAnswersAndTheRaterReads()
      throws Exception {
    Submissions.providedTrial(TENANT, Submissions.uniqueName("差评整改"));
    String comment = "试用环境交付延误 " + UUID.randomUUID().toString().substring(0, 8);
    try (Browser unit = new Browser();
        Browser provider = new Browser()) {
      openInvitation(unit);
      unit.choose("invitation-form:grade", "DISSATISFIED");
      unit.choose("invitation-form:responseScore", "1");
      unit.choose("invitation-form:qualityScore", "2");
      unit.type("invitation-form:comment", comment);
      unit.element("invitation-form:submit").click();
      String ratingId = unit.text("receipt-rating-id").strip();
      String accessCode = unit.text("receipt-access-code").strip();

      provider.open(PAGES + "rectifications");
      provider.signIn(TENANT + ".provider-operator");
      provider.reloadUntil(
          PAGES + "rectifications", false, "rectifications-form:rectifications-table", comment);
      int row = row(provider, "comment", comment);
      provider.element("rectifications-form:rectifications-table:" + row + ":respond").click();
      provider.type("respond-form:text", "已回访致歉，并调整交付流程，整改完成。");
      provider.element("respond-form:report").click();
      provider.element("confirm-form:confirm-yes").click();
      provider.waitForText("rectifications-form:messages", "整改报告已提交");

      unit.retryUntil(
          () -> {
            unit.openPublic(PAGES + "rating");
            unit.type("id", ratingId);
            unit.type("code", accessCode);
            unit.element("open").click();
          },
          "rating-response",
          "调整交付流程");
      assertFalse(unit.driver().getCurrentUrl().contains(accessCode));
      unit.waitForText("follow-up-heading", "追加");
    }
  }

  @Test
  void art24_province_adminSendsTheRefusedMessagesAgainFromTheChannelPageAfterConfirming()
      throws Exception {
    try (Browser admin = new Browser()) {
      admin.open("/t/zhejiang/channel");
      admin.signIn("zhejiang.province-admin");
      admin.click("channel-form:requeue-refused");
      admin.element("confirm-form:confirm-yes").click();
      admin.waitForText("channel-form:messages", "已放回队列");
    }
  }

  /** The unit applicant follows the rate link of the newest invitation in the private portal. */
  private static void openInvitation(Browser unit) {
    unit.open(PAGES + "notifications");
    unit.signIn(TENANT + ".unit-applicant");
    unit.element("notifications-form:notifications-table");
    unit.element(
            "notifications-form:notifications-table:" + row(unit, "rate-link", null) + ":rate-link")
        .click();
    unit.waitForUrlContaining("/invitation/");
    String link = unit.driver().getCurrentUrl();
    // Art. 24: the invitation reaches the public portal with the next exchange, seconds later
    unit.reloadUntil(link.substring(link.indexOf("/t/")), true, "event-name", "试用");
  }

  /**
   * The first row of the page's table whose element {@code id} is there (and shows {@code text}
   * when one is given).
   */
  private static int row(Browser browser, String id, String text) {
    String table =
        id.equals("rate-link")
            ? "notifications-form:notifications-table:"
            : "rectifications-form:rectifications-table:";
    for (int row = 0; row < 20; row++) {
      String shown = browser.textNow(table + row + ":" + id);
      if (shown != null && (text == null || shown.contains(text))) {
        return row;
      }
    }
    throw new AssertionError(id + " " + text + " not in the first 20 rows");
  }
}
