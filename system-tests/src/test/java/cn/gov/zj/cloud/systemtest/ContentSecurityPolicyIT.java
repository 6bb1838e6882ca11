package cn.gov.zj.cloud.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Issue 10, injected script: both portals' pages work under their Content-Security-Policy in
 * headless Chromium, with no violation in the browser's log, and an injected inline script is
 * refused.
 */
@ExtendWith(RunningStack.class)
class ContentSecurityPolicyIT {

  @Test
  @DisplayName(
      "Injected script: the private portal's pages and PrimeFaces' Ajax run under the nonce policy, no violation")
  void privatePagesRunUnderThePolicy() throws Exception {
    try (Browser admin = new Browser()) {
      admin.open("/");
      admin.element("tenant-hangzhou");
      assertEquals(List.of(), admin.policyViolations(), "home page");
      admin.open("/t/hangzhou/units");
      admin.signIn("hangzhou.tenant-admin");
      admin.element("new-unit");
      admin.type("units-form:units-table:globalFilter", "没有这个单位");
      admin.waitForText("units-form:units-table", "暂无记录");
      assertEquals(List.of(), admin.policyViolations(), "units page and its filter");
      admin.click("new-unit");
      admin.type("unit-form:name", "内容安全策略测试局");
      admin.type("unit-form:credit-code", "123");
      admin.type("unit-form:contact", "0571-87654321");
      admin.element("unit-form:save").click();
      admin.waitForText("unit-form", "统一社会信用代码无效");
      assertEquals(List.of(), admin.policyViolations(), "a form's Ajax validation");
      assertRefusesInjectedScript(admin);
    }
  }

  @Test
  @DisplayName(
      "Injected script: the public portal's pages need no inline script or style, no violation")
  void publicPagesRunUnderThePolicy() throws Exception {
    try (Browser citizen = new Browser()) {
      for (String path :
          List.of(
              "/t/hangzhou/",
              "/t/hangzhou/consult",
              "/t/hangzhou/status",
              "/t/hangzhou/statistics",
              "/t/shanghai/")) {
        citizen.openPublic(path);
        citizen.element(path.contains("shanghai") ? "not-found" : "main");
        assertEquals(List.of(), citizen.policyViolations(), path);
      }
      citizen.openPublic("/t/hangzhou/");
      assertRefusesInjectedScript(citizen);
    }
  }

  /** The check can fail: an inline script injected into the page is refused and reported. */
  private static void assertRefusesInjectedScript(Browser browser) {
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "var s = document.createElement('script');"
                + " s.textContent = 'document.title = \"owned\"';"
                + " document.body.appendChild(s);");
    assertFalse(browser.driver().getTitle().equals("owned"), "the injected script ran");
    assertFalse(browser.policyViolations().isEmpty(), "the browser reported the refusal");
  }
}
