package cn.gov.zj.cloud.publicportal.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.domain.feedback.Rectification;
import cn.gov.zj.cloud.publicportal.Browser;
import cn.gov.zj.cloud.publicportal.Deployments;
import cn.gov.zj.cloud.publicportal.PublicDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Art. 23: short receipts ({@code PJ20261207-123456}), the rating's page with its deadlines, tags
 * per grade and the region without services, over the public API and pages of Payara Micro on the
 * public zone's database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RatingReceiptsIT {

  private static final Pattern UUID_TEXT =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.publicPortal();
  }

  @ArquillianResource URL base;

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private HttpResponse<String> post(String path, String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(new URL(base, path).toURI())
            .header("Content-Type", "application/json")
            .header("Accept-Language", "zh-CN")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(new URL(base, path).toURI()).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject json(String body) {
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }

  private static String rating(long service, String grade, String tags, String comment) {
    return "{\"serviceId\": "
        + service
        + ", \"grade\": \""
        + grade
        + "\", \"tags\": ["
        + tags
        + "], \"comment\": \""
        + comment
        + "\"}";
  }

  private static String today() {
    return LocalDate.now(OfficialCalendar.ZONE).format(DateTimeFormatter.BASIC_ISO_DATE);
  }

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  /** The text of the element with {@code id}, up to the next tag. */
  private static String text(String html, String id) {
    Matcher text = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>([^<]*)<").matcher(html);
    assertTrue(text.find(), "no element " + id + " in " + html);
    return text.group(1).strip();
  }

  private static void assertContains(HttpResponse<String> page, String... texts) {
    for (String text : texts) {
      assertTrue(page.body().contains(text), "no «" + text + "» in " + page.body());
    }
  }

  @Test
  @DisplayName(
      "Art. 23: a rating is answered with a short receipt (PJ, Beijing date, six digits), a new one for each rating and unique within the tenant")
  void art23_aRatingGetsAShortReceiptUniqueInItsTenant() throws Exception {
    Set<String> receipts = new HashSet<>();
    for (int i = 0; i < 5; i++) {
      long service = PublicDatabase.listedService("jiaxing", "回执服务 " + unique(), null);
      var created = post("api/v1/tenants/jiaxing/ratings", rating(service, "SATISFIED", "", "好"));
      assertEquals(201, created.statusCode(), created.body());
      String receipt = json(created.body()).getString("receipt");
      assertTrue(receipt.matches("PJ" + today() + "-\\d{6}"), receipt);
      receipts.add(receipt);
    }
    assertEquals(5, receipts.size(), "each rating has its own receipt");
    String taken = receipts.iterator().next();
    SQLException clash =
        assertThrows(SQLException.class, () -> copyWithReceipt("jiaxing", taken, "jiaxing"));
    assertEquals("23505", clash.getSQLState(), "a receipt number is unique within its tenant");
    copyWithReceipt("jiaxing", taken, "lishui"); // another tenant may hold the same number
  }

  /** Stores a copy of the rating with receipt {@code number} in {@code tenant}, same number. */
  private static void copyWithReceipt(String from, String number, String tenant)
      throws SQLException {
    try (Connection c = PublicDatabase.connect()) {
      c.setAutoCommit(false);
      PublicDatabase.scope(c, from);
      byte[] cipher;
      try (PreparedStatement read =
          c.prepareStatement("select access_cipher from rating where receipt_no = ?")) {
        read.setString(1, number);
        try (var row = read.executeQuery()) {
          assertTrue(row.next());
          cipher = row.getBytes(1);
        }
      }
      PublicDatabase.scope(c, tenant);
      try (PreparedStatement insert =
          c.prepareStatement(
              "insert into rating (rating_id, tenant_id, kind, service_id, grade, rated_at,"
                  + " access_cipher, fingerprint, receipt_no)"
                  + " values (?, ?, 'CITIZEN', 1, 'SATISFIED', now(), ?, ?, ?)")) {
        insert.setObject(1, UUID.randomUUID());
        insert.setString(2, tenant);
        insert.setBytes(3, cipher);
        insert.setString(4, "f".repeat(64));
        insert.setString(5, number);
        insert.executeUpdate();
      }
      c.commit();
    }
  }

  @Test
  @DisplayName(
      "Art. 23, Art. 25 attack: a receipt lookup shows the rating only with its code and in its own tenant; a wrong code, another tenant, an internal id or a malformed number are the same 404")
  void art23_aReceiptLookupNeedsItsCodeAndItsTenant() throws Exception {
    String name = "查询服务 " + unique();
    long service = PublicDatabase.listedService("jiaxing", name, null);
    var created =
        post(
            "api/v1/tenants/jiaxing/ratings",
            rating(service, "DISSATISFIED", "\"SLOW\", \"UNRESOLVED\"", "等了很久"));
    assertEquals(201, created.statusCode(), created.body());
    JsonObject receipt = json(created.body());
    String number = receipt.getString("receipt");
    String code = receipt.getString("accessCode");

    var found = get("api/v1/tenants/jiaxing/receipts/" + number + "?code=" + code.toLowerCase());
    assertEquals(200, found.statusCode(), found.body());
    JsonObject view = json(found.body());
    assertEquals(number, view.getString("receipt"));
    assertEquals(name, view.getString("serviceName"));
    assertEquals("DISSATISFIED", view.getString("grade"));
    assertEquals(List.of("SLOW", "UNRESOLVED"), tags(view));
    assertEquals("等了很久", view.getString("comment"));
    assertEquals(2, view.getJsonArray("deadlines").size());

    for (String path :
        List.of(
            "api/v1/tenants/jiaxing/receipts/" + number + "?code=AAAA2222",
            "api/v1/tenants/jiaxing/receipts/" + number,
            "api/v1/tenants/lishui/receipts/" + number + "?code=" + code,
            "api/v1/tenants/jiaxing/receipts/" + receipt.getString("ratingId") + "?code=" + code,
            "api/v1/tenants/jiaxing/receipts/PJ2026-1?code=" + code,
            "api/v1/tenants/nowhere/receipts/" + number + "?code=" + code)) {
      var refused = get(path);
      assertEquals(404, refused.statusCode(), path);
      assertTrue(
          refused.headers().firstValue("Content-Type").orElse("").contains("problem+json"), path);
      assertFalse(refused.body().contains("等了很久"), path);
    }
  }

  private static List<String> tags(JsonObject view) {
    return view.getJsonArray("tags").getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }

  @Test
  @DisplayName(
      "Art. 23: a tag that does not fit the grade (a problem with SATISFIED, a praise with DISSATISFIED) is 400 problem+json naming it, and nothing is stored")
  void art23_aTagThatDoesNotFitTheGradeIs400() throws Exception {
    long service = PublicDatabase.listedService("jiaxing", "标签服务 " + unique(), null);
    String comment = "标签不符 " + unique();
    for (String body :
        List.of(
            rating(service, "SATISFIED", "\"RESPONSIVE\", \"SLOW\"", comment),
            rating(service, "DISSATISFIED", "\"FRIENDLY\"", comment))) {
      var refused = post("api/v1/tenants/jiaxing/ratings", body);
      assertEquals(400, refused.statusCode(), refused.body());
      assertTrue(
          refused.headers().firstValue("Content-Type").orElse("").contains("problem+json"),
          refused.headers().toString());
      assertTrue(refused.body().contains("\"tags["), refused.body());
    }
    assertEquals(0, PublicDatabase.count("select count(*) from rating where comment = ?", comment));

    Browser browser = new Browser(base);
    var form = browser.get("t/jiaxing/rate?service=" + service);
    assertContains(form, "data-praise=\"RESPONSIVE FRIENDLY EFFICIENT CLEAR_GUIDANCE\"");
    var page =
        browser.submit(
            form,
            "rate-form",
            "submit",
            Map.of(
                "grade", List.of("DISSATISFIED"),
                "tags", List.of("FRIENDLY"),
                "comment", List.of(comment)));
    assertContains(page, "不满意评价只能选择问题标签");
    assertFalse(page.body().contains("id=\"receipt\""));
    assertEquals(0, PublicDatabase.count("select count(*) from rating where comment = ?", comment));
  }

  @Test
  @DisplayName(
      "Art. 23: the rating's page shows the receipt, service, grade, tags and comment, and for a bad review the call-back (1 working day) and report (15) deadlines and their state")
  void art23_theRatingPageShowsTheBadReviewDeadlines() throws Exception {
    String name = "不动产登记 " + unique();
    long service = PublicDatabase.listedService("jiaxing", name, null);
    Browser browser = new Browser(base);
    var form = browser.get("t/jiaxing/rate?service=" + service);
    var receipt =
        browser.submit(
            form,
            "rate-form",
            "submit",
            Map.of(
                "grade", List.of("DISSATISFIED"),
                "tags", List.of("COMPLICATED"),
                "comment", List.of("材料要求反复变化")));
    String number = text(receipt.body(), "receipt-rating-id");
    assertTrue(number.matches("PJ" + today() + "-\\d{6}"), number);
    assertContains(
        receipt, "id=\"receipt-copy\"", "hidden=\"hidden\"", "data-copy-text=\"评价编号 " + number);
    assertFalse(UUID_TEXT.matcher(receipt.body()).find(), "the rating's UUID stays internal");

    var page = browser.post(receipt, "receipt-open-form", Map.of());
    assertEquals(number, text(page.body(), "rating-receipt"));
    assertEquals(name, text(page.body(), "rating-rated"));
    assertEquals("不满意", text(page.body(), "rating-grade"));
    assertEquals("流程繁琐", text(page.body(), "rating-tags"));
    assertEquals("材料要求反复变化", text(page.body(), "rating-comment"));
    LocalDate day = LocalDate.now(OfficialCalendar.ZONE);
    OfficialCalendar calendar = OfficialCalendar.builtIn();
    assertTrue(
        text(page.body(), "deadline-callback-due")
            .startsWith(calendar.dueDate(day, Rectification.CALLBACK).date().toString()),
        page.body());
    assertTrue(
        text(page.body(), "deadline-report-due")
            .startsWith(calendar.dueDate(day, Rectification.REPORT).date().toString()));
    assertEquals("办理中", text(page.body(), "deadline-callback-state"));
    assertEquals("办理中", text(page.body(), "deadline-report-state"));
    assertFalse(UUID_TEXT.matcher(page.body()).find(), "the rating's UUID stays internal");

    PublicDatabase.respond(number, "已电话回访");
    String code = text(receipt.body(), "receipt-access-code");
    var answered = lookUp(number, code, "zh-CN");
    assertEquals("已按期办理", text(answered.body(), "deadline-callback-state"));
    assertEquals("办理中", text(answered.body(), "deadline-report-state"));
    assertContains(answered, "已电话回访");
    var english = lookUp(number, code, "en");
    assertEquals("Done in time", text(english.body(), "deadline-callback-state"));
    assertEquals("Complicated procedure", text(english.body(), "rating-tags"));
  }

  /** Art. 25: the rating's page, as the lookup form posts the number and code. */
  private HttpResponse<String> lookUp(String number, String code, String language)
      throws Exception {
    Browser browser = new Browser(base);
    return browser.post(
        browser.get("t/jiaxing/rating", "Accept-Language", language),
        "rating-lookup",
        Map.of("id", List.of(number), "code", List.of(code)),
        "Accept-Language",
        language);
  }

  @Test
  @DisplayName("Art. 23: a satisfied rating's page has no bad-review deadlines")
  void art23_aSatisfiedRatingHasNoDeadlines() throws Exception {
    long service = PublicDatabase.listedService("jiaxing", "好评服务 " + unique(), null);
    Browser browser = new Browser(base);
    var receipt =
        browser.submit(
            browser.get("t/jiaxing/rate?service=" + service),
            "rate-form",
            "submit",
            Map.of("grade", List.of("VERY_SATISFIED"), "tags", List.of("FRIENDLY")));
    var page = browser.post(receipt, "receipt-open-form", Map.of());
    assertEquals("态度热情", text(page.body(), "rating-tags"));
    assertEquals("无", text(page.body(), "rating-comment"));
    assertFalse(page.body().contains("id=\"rating-deadlines\""));
  }

  @Test
  @DisplayName(
      "Art. 23: a region without any listed service says so plainly, not 'no service matches'")
  void art23_aRegionWithoutServicesSaysSo() throws Exception {
    assertEquals(
        0, PublicDatabase.count("select count(*) from public_service where tenant_id = 'jinhua'"));
    var home = new Browser(base).get("t/jinhua/");
    assertEquals(200, home.statusCode());
    assertContains(home, "本地区尚未在公共门户公开任何服务");
    assertFalse(home.body().contains("没有找到符合条件的服务"));
    assertFalse(home.body().contains("id=\"service-search\""));
    var searched = new Browser(base).get("t/jiaxing/?q=" + unique());
    assertContains(searched, "没有找到符合条件的服务");
  }
}
