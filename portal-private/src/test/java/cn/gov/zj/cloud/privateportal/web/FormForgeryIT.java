package cn.gov.zj.cloud.privateportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.privateportal.Deployments;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Art. 25 on the pages anyone may open (the portal's home with its language form): a post from
 * another origin is refused with a clean 403 page, a forged or expired page state shows "page
 * expired, reload", never a 500. The signed-in pages are covered by the system tests.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FormForgeryIT {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

  /** The page's CSP nonce, which PrimeFaces' script posts back as {@code primefaces.nonce}. */
  private static final Pattern NONCE = Pattern.compile("csp\\.init\\('([^']+)'\\)");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @ArquillianResource URL base;

  private final HttpClient browser =
      HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

  /** The nonce a browser's PrimeFaces would post; null to post as a script-less forger does. */
  private String nonce;

  /** Whether the post presses the English button (which redirects) or only posts the form back. */
  private boolean pressEnglish = true;

  private URI home() {
    return URI.create(base.toString().replaceAll("/+$", "") + "/index.xhtml");
  }

  private String viewState() throws Exception {
    var page =
        browser.send(HttpRequest.newBuilder(home()).build(), HttpResponse.BodyHandlers.ofString());
    Matcher state = VIEW_STATE.matcher(page.body());
    assertTrue(state.find(), page.body());
    Matcher pageNonce = NONCE.matcher(page.body());
    nonce = pageNonce.find() ? pageNonce.group(1) : null;
    return state.group(1).replace("&amp;", "&");
  }

  /** The home page's language form as the browser posts it, to English. */
  private HttpResponse<String> post(HttpClient client, String viewState, String... headers)
      throws Exception {
    String form =
        "lang-form=lang-form"
            + (pressEnglish ? "&lang-en=lang-en" : "")
            + "&jakarta.faces.ViewState="
            + URLEncoder.encode(viewState, StandardCharsets.UTF_8)
            + (nonce == null
                ? ""
                : "&primefaces.nonce=" + URLEncoder.encode(nonce, StandardCharsets.UTF_8));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(home())
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void assertPage(HttpResponse<String> answer, int status, String title) {
    assertEquals(status, answer.statusCode(), answer.body());
    assertTrue(answer.body().contains("id=\"refused-title\">" + title + "<"), answer.body());
    assertFalse(answer.body().contains("Exception"), answer.body());
  }

  @Test
  @DisplayName(
      "Art. 25, cross-site form post: a foreign Origin (or Referer) is 403 with the clean page, in the session's or the browser's language")
  void art25_crossSiteFormPost() throws Exception {
    String state = viewState();
    assertPage(post(browser, state, "Origin", "http://evil.example"), 403, "请求被拒绝");
    assertPage(
        post(
            HttpClient.newHttpClient(),
            state,
            "Origin",
            "http://evil.example",
            "Accept-Language",
            "en"),
        403,
        "Request refused");
    assertPage(
        post(browser, state, "Origin", "null", "Sec-Fetch-Site", "cross-site"), 403, "请求被拒绝");
    assertPage(post(browser, state, "Referer", "http://evil.example/x"), 403, "请求被拒绝");
    String own = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
    assertTrue(nonce != null, "the page carries PrimeFaces' CSP nonce");
    var switched = post(browser, state, "Origin", own, "Sec-Fetch-Site", "same-origin");
    assertTrue(switched.statusCode() < 400, switched.statusCode() + " " + switched.body());
    nonce = null; // the switch kept English in the language cookie: the refusal follows it
    pressEnglish = false; // a plain post back renders the page, which needs the nonce
    assertPage(
        post(browser, state, "Origin", own, "Sec-Fetch-Site", "same-origin"), 400, "Page expired");
  }

  @Test
  @DisplayName(
      "Art. 25, forged Faces view state: a garbage or expired jakarta.faces.ViewState shows 'page expired', never a 500")
  void art25_forgedViewState() throws Exception {
    viewState();
    assertPage(post(browser, "garbage"), 400, "页面已过期");
    assertPage(post(browser, "-1234567890:987654321"), 400, "页面已过期");
    HttpClient stranger = HttpClient.newHttpClient();
    assertPage(post(stranger, "garbage", "Accept-Language", "en"), 400, "Page expired");
    assertPage(post(stranger, "1:2"), 400, "页面已过期");
  }

  @Test
  @DisplayName(
      "Art. 25: the refusal pages' stylesheet is served from the shared jar to anyone, as CSS")
  void art25_refusalStylesheetServed() throws Exception {
    HttpResponse<String> css =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(new URL(base, "refusal/refusal.css").toURI()).build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, css.statusCode(), css.body());
    assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
    assertTrue(css.body().contains(".refusal-banner"), css.body());
  }
}
