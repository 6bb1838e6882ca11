package cn.gov.zj.cloud.systemtest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Art. 23, 24 in headless Chromium on the running stack: a citizen's consultation answered in the
 * private portal and read on the public one; a unit rating a provider event through its invitation
 * once; a DISSATISFIED rating whose rectification the provider answers and the rater reads.
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
