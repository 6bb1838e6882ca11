package cn.gov.zj.cloud.systemtest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Art. 8–12: the inbox, the dashboard and the notifications in headless Chromium. */
@ExtendWith(RunningStack.class)
class InboxJourneyIT {

  private static final String TENANT = "quzhou";

  @Test
  @DisplayName(
      "Art. 8: a submission waits in the reviewer's inbox with its working days left, is counted on the home page and notified")
  void reviewerSeesWhatWaits() throws Exception {
    String name = Submissions.uniqueName("待办系统");
    String applicant = Api.token(TENANT, TENANT + ".unit-applicant");
    long id = Submissions.submitted(TENANT, applicant, name);

    try (Browser browser = new Browser()) {
      browser.open("/t/" + TENANT + "/");
      browser.signIn(TENANT + ".reviewer");
      browser.element("inbox-count");
      assertTrue(Integer.parseInt(browser.text("inbox-count").strip()) >= 1);
      assertTrue(Integer.parseInt(browser.text("unread-count").strip()) >= 1);

      browser.open("/t/" + TENANT + "/inbox");
      browser.waitForText("inbox-form:inbox-table", name);
      String table = browser.text("inbox-form:inbox-table");
      assertTrue(table.contains("待受理"), table);
      assertTrue(table.contains("个工作日"), table);

      browser.open("/t/" + TENANT + "/notifications");
      browser.waitForText("notifications-form:notifications-table", "#" + id);
      browser.element("notifications-form:notifications-table:0:mark-read").click();
      browser.waitForText("notifications-form:notifications-table:0:is-read", "已读");
    }
  }
}
