package cn.gov.zj.cloud.systemtest;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Art. 25 in headless Chromium on the running stack, signed in: a form that another origin posts to
 * a private page is refused with the clean 403 page, and a page whose view state was tampered with
 * shows "page expired" instead of a 500. The browser's own posts pass (the other journeys).
 */
@ExtendWith(RunningStack.class)
class FormForgeryJourneyIT {

  private static final String PAGES = "/t/shaoxing/";

  @Test
  @DisplayName(
      "Art. 25, cross-site form post to a signed-in private page: 403 with the clean page, nothing done")
  void art25_crossSiteFormPostToASignedInPage() throws Exception {
    try (Browser staff = new Browser()) {
      staff.open(PAGES + "notifications");
      staff.signIn("shaoxing.unit-applicant");
      staff.element("notifications-form");
      // another origin of the same site (the development mail reader), so the session cookie goes
      staff.driver().get(RunningStack.settings().mailUrl() + "/");
      String target = RunningStack.settings().privateBaseUrl() + PAGES + "notifications";
      ((JavascriptExecutor) staff.driver())
          .executeScript(
              "var f = document.createElement('form'); f.method = 'post'; f.action = arguments[0];"
                  + " var i = document.createElement('input'); i.name = 'lang-form';"
                  + " i.value = 'lang-form'; f.appendChild(i); document.body.appendChild(f);"
                  + " f.submit();",
              target);
      staff.waitForText("refused-title", "请求被拒绝");
    }
  }

  @Test
  @DisplayName(
      "Art. 25, forged Faces view state on a signed-in page: 'page expired, reload', never a 500")
  void art25_forgedViewStateOnASignedInPage() throws Exception {
    try (Browser staff = new Browser()) {
      staff.open(PAGES + "notifications");
      staff.signIn("shaoxing.unit-applicant");
      staff.element("notifications-form");
      ((JavascriptExecutor) staff.driver())
          .executeScript(
              "document.querySelectorAll(\"input[name='jakarta.faces.ViewState']\")"
                  + ".forEach(function (s) { s.value = 'forged:1234'; });");
      staff.click("lang-en");
      staff.waitForText("refused-title", "页面已过期");
      assertFalse(staff.driver().getPageSource().contains("Exception"));
    }
  }
}
