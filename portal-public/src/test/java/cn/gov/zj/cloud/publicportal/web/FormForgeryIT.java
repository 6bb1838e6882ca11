package cn.gov.zj.cloud.publicportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.publicportal.Browser;
import cn.gov.zj.cloud.publicportal.Deployments;
import cn.gov.zj.cloud.publicportal.PublicDatabase;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * Art. 23, Art. 25: the public forms refuse posts from other sites and posts without the visitor's
 * form token; one client rates a service once a day, told apart by address (X-Forwarded-For only
 * from a trusted proxy: 127.0.0.2 in these tests) and visitor cookie.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FormForgeryIT {

  private static final String EVIL = "http://evil.example";
  private static final Pattern RATING_ID = Pattern.compile("\"ratingId\":\"([0-9a-f-]{36})\"");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.publicPortal();
  }

  @ArquillianResource URL base;

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  private static Map<String, List<String>> rating(String grade) {
    return Map.of("rate-form:grade", List.of(grade), "rate-form:submit", List.of("submit"));
  }

  private static void assertRefused(HttpResponse<String> answer, String title) {
    assertEquals(403, answer.statusCode(), answer.body());
    assertTrue(answer.body().contains("id=\"refused-title\">" + title + "<"), answer.body());
    assertFalse(answer.body().contains("Exception"), answer.body());
  }

  private static long ratings(long service) throws Exception {
    return PublicDatabase.count("select count(*) from rating where service_id = ?", service);
  }

  @Test
  @DisplayName(
      "Art. 25, cross-site rating form post: a foreign Origin is 403 with the clean page, in Chinese or English, and nothing is stored")
  void art25_crossSiteRatingFormPost() throws Exception {
    long service = PublicDatabase.listedService("quzhou", "跨站评价 " + unique(), null);
    Browser browser = new Browser(base);
    var form = browser.get("t/quzhou/rate?service=" + service);
    assertRefused(browser.post(form, "rate-form", rating("SATISFIED"), "Origin", EVIL), "请求被拒绝");
    assertRefused(
        browser.post(
            form, "rate-form", rating("SATISFIED"), "Origin", EVIL, "Accept-Language", "en"),
        "Request refused");
    assertRefused(
        browser.post(
            form,
            "rate-form",
            rating("SATISFIED"),
            "Origin",
            "null",
            "Sec-Fetch-Site",
            "cross-site"),
        "请求被拒绝");
    assertRefused(
        browser.post(form, "rate-form", rating("SATISFIED"), "Referer", EVIL + "/t/quzhou/rate"),
        "请求被拒绝");
    assertEquals(0, ratings(service));
    String own = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
    var stored =
        browser.post(
            form, "rate-form", rating("SATISFIED"), "Origin", own, "Sec-Fetch-Site", "same-origin");
    assertEquals(200, stored.statusCode(), stored.body());
    assertTrue(stored.body().contains("评价已提交"), stored.body());
    assertEquals(1, ratings(service));
  }

  @Test
  @DisplayName(
      "Art. 25, cross-site consultation form post: a foreign Origin is 403 with the clean page and nothing is stored")
  void art25_crossSiteConsultationFormPost() throws Exception {
    String subject = "跨站咨询 " + unique();
    Browser browser = new Browser(base);
    var form = browser.get("t/quzhou/consult");
    Map<String, List<String>> fields =
        Map.of(
            "consult-form:category", List.of("CONSULTATION"),
            "consult-form:subject", List.of(subject),
            "consult-form:content", List.of("伪造的提交"),
            "consult-form:submit", List.of("submit"));
    assertRefused(browser.post(form, "consult-form", fields, "Origin", EVIL), "请求被拒绝");
    assertEquals(
        0, PublicDatabase.count("select count(*) from consultation where subject = ?", subject));
  }

  @Test
  @DisplayName(
      "Art. 25, form post without or with a wrong form token: 403, whether the token is missing, forged or another visitor's")
  void art25_formPostWithoutOrWithAWrongToken() throws Exception {
    long service = PublicDatabase.listedService("quzhou", "无令牌评价 " + unique(), null);
    Browser victim = new Browser(base);
    var form = victim.get("t/quzhou/rate?service=" + service);
    String token = Browser.attribute(tokenInput(form.body()), "value");
    assertTrue(token.startsWith("rate-form."), token);

    String stripped = form.body().replace(tokenInput(form.body()), "");
    assertRefused(victim.post(withBody(form, stripped), "rate-form", rating("SATISFIED")), "请求被拒绝");
    String forged =
        form.body().replace(token, "rate-form.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    assertRefused(victim.post(withBody(form, forged), "rate-form", rating("SATISFIED")), "请求被拒绝");
    String otherForm = form.body().replace(token, token.replace("rate-form.", "consult-form."));
    assertRefused(
        victim.post(withBody(form, otherForm), "rate-form", rating("SATISFIED")), "请求被拒绝");

    Browser attacker = new Browser(base);
    attacker.get("t/quzhou/");
    assertRefused(attacker.post(form, "rate-form", rating("SATISFIED")), "请求被拒绝");
    assertRefused(new Browser(base).post(form, "rate-form", rating("SATISFIED")), "请求被拒绝");
    assertEquals(0, ratings(service));
  }

  @Test
  @DisplayName(
      "Issue 10, a forged public Faces post: with a good token from the portal's own page but a"
          + " forged view state, the plain 'page expired' page (400), never a 500; nothing stored")
  void forgedViewStateOnAPublicFormIsExpiredNotA500() throws Exception {
    long service = PublicDatabase.listedService("quzhou", "伪造页面状态 " + unique(), null);
    Browser citizen = new Browser(base);
    var form = citizen.get("t/quzhou/rate?service=" + service);
    Matcher state =
        Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"")
            .matcher(form.body());
    assertTrue(state.find(), form.body());
    String forged = form.body().replace(state.group(1), "-1234567890:987654321");
    var answer = citizen.post(withBody(form, forged), "rate-form", rating("SATISFIED"));
    assertEquals(400, answer.statusCode(), answer.body());
    assertTrue(answer.body().contains("页面已过期"), answer.body());
    assertEquals(0, ratings(service));
  }

  @Test
  @DisplayName(
      "Art. 23, one client rating a service again with another comment: the first rating's id; another client (cookie) is stored")
  void art23_oneRatingPerClientServiceAndDay() throws Exception {
    long service = PublicDatabase.listedService("quzhou", "每日一评 " + unique(), null);
    Browser citizen = new Browser(base);
    var first =
        citizen.submit(
            citizen.get("t/quzhou/rate?service=" + service),
            "rate-form",
            "submit",
            Map.of("grade", List.of("SATISFIED")));
    var again =
        citizen.submit(
            citizen.get("t/quzhou/rate?service=" + service),
            "rate-form",
            "submit",
            Map.of("grade", List.of("DISSATISFIED"), "comment", List.of("换一个说法")));
    assertEquals(receiptId(first.body()), receiptId(again.body()));
    assertTrue(again.body().contains("id=\"receipt-repeated\""), again.body());
    assertEquals(1, ratings(service));

    Browser neighbour = new Browser(base);
    var other =
        neighbour.submit(
            neighbour.get("t/quzhou/rate?service=" + service),
            "rate-form",
            "submit",
            Map.of("grade", List.of("SATISFIED")));
    assertNotEquals(receiptId(first.body()), receiptId(other.body()));
    assertEquals(2, ratings(service));
  }

  @Test
  @DisplayName(
      "Art. 25, X-Forwarded-For from an untrusted address is ignored; from a trusted proxy it is believed")
  void art25_forwardedFor() throws Exception {
    long service = PublicDatabase.listedService("quzhou", "代理评价 " + unique(), null);
    String body = "{\"serviceId\":" + service + ",\"grade\":\"SATISFIED\"}";
    var untrusted1 = rest("127.0.0.1", body, "198.51.100.1");
    var untrusted2 = rest("127.0.0.1", body, "198.51.100.2");
    assertEquals(201, untrusted1.status(), untrusted1.body());
    assertEquals(200, untrusted2.status(), "the same client whatever the header says");
    assertEquals(untrusted1.ratingId(), untrusted2.ratingId());

    var proxied1 = rest("127.0.0.2", body, "198.51.100.1");
    var proxied2 = rest("127.0.0.2", body, "198.51.100.2");
    var proxied3 = rest("127.0.0.2", body, "198.51.100.2");
    assertEquals(201, proxied1.status(), proxied1.body());
    assertEquals(201, proxied2.status(), "another client behind the trusted proxy");
    assertEquals(200, proxied3.status());
    assertEquals(proxied2.ratingId(), proxied3.ratingId());
    assertEquals(3, ratings(service));
  }

  @Test
  @DisplayName(
      "Art. 25, cross-site simple form to the REST API: text/plain and form encodings are 415 problem+json")
  void art25_restRefusesSimpleFormEncodings() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    for (String path :
        new String[] {"api/v1/tenants/quzhou/ratings", "api/v1/tenants/quzhou/consultations"}) {
      for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded"}) {
        var answer =
            http.send(
                HttpRequest.newBuilder(new URL(base, path).toURI())
                    .header("Content-Type", type)
                    .header("Origin", EVIL)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"grade\":\"SATISFIED\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(415, answer.statusCode(), path + " " + type);
        assertTrue(
            answer
                .headers()
                .firstValue("Content-Type")
                .orElse("")
                .startsWith("application/problem+json"),
            path + " " + type);
      }
    }
  }

  private static String tokenInput(String html) {
    Matcher input =
        Pattern.compile("<input type=\"hidden\" name=\"zj_form_token\"[^>]*>").matcher(html);
    assertTrue(input.find(), html);
    return input.group();
  }

  private static String receiptId(String html) {
    Matcher id = Pattern.compile("id=\"receipt-rating-id\"[^>]*>([^<]*)<").matcher(html);
    assertTrue(id.find(), html);
    return id.group(1).strip();
  }

  /** The same page answer with another body, to post a form altered as an attacker would. */
  private static HttpResponse<String> withBody(HttpResponse<String> page, String body) {
    return new AlteredPage(page, body);
  }

  private record Answer(int status, String body) {
    String ratingId() {
      Matcher id = RATING_ID.matcher(body);
      assertTrue(id.find(), body);
      return id.group(1);
    }
  }

  /** A JSON rating sent from the local address {@code from}, with {@code X-Forwarded-For}. */
  private Answer rest(String from, String json, String forwardedFor) throws Exception {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    String path = new URL(base, "api/v1/tenants/quzhou/ratings").getPath();
    String head =
        "POST "
            + path
            + " HTTP/1.1\r\nHost: "
            + base.getHost()
            + ":"
            + base.getPort()
            + "\r\nContent-Type: application/json\r\nContent-Length: "
            + bytes.length
            + "\r\nX-Forwarded-For: "
            + forwardedFor
            + "\r\nConnection: close\r\n\r\n";
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(from, 0));
      socket.connect(new InetSocketAddress("127.0.0.1", base.getPort()), 10_000);
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(bytes);
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      in.transferTo(answer);
      String text = answer.toString(StandardCharsets.UTF_8);
      return new Answer(Integer.parseInt(text.substring(9, 12)), text);
    }
  }

  /** A page answer whose body an attacker changed; everything else as received. */
  private record AlteredPage(HttpResponse<String> page, String body)
      implements HttpResponse<String> {
    @Override
    public int statusCode() {
      return page.statusCode();
    }

    @Override
    public HttpRequest request() {
      return page.request();
    }

    @Override
    public java.util.Optional<HttpResponse<String>> previousResponse() {
      return page.previousResponse();
    }

    @Override
    public java.net.http.HttpHeaders headers() {
      return page.headers();
    }

    @Override
    public java.util.Optional<javax.net.ssl.SSLSession> sslSession() {
      return page.sslSession();
    }

    @Override
    public URI uri() {
      return page.uri();
    }

    @Override
    public HttpClient.Version version() {
      return page.version();
    }
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
