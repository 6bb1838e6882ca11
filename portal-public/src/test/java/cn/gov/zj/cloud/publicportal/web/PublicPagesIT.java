package cn.gov.zj.cloud.publicportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.publicportal.Browser;
import cn.gov.zj.cloud.publicportal.Deployments;
import cn.gov.zj.cloud.publicportal.PublicDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneId;
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
 * Art. 23: the public portal's pages as a citizen's or a unit's browser uses them: Chinese first,
 * English too, forms posted back to the tenant's own addresses, user text always escaped.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicPagesIT {

  private static final String EN = "Accept-Language";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.publicPortal();
  }

  @ArquillianResource URL base;

  private Browser browser;

  private Browser browser() {
    if (browser == null) {
      browser = new Browser(base);
    }
    return browser;
  }

  private HttpResponse<String> get(String path, String... headers) throws Exception {
    return browser().get(path, headers);
  }

  private HttpResponse<String> submit(
      HttpResponse<String> page, String form, String button, Map<String, List<String>> fields)
      throws Exception {
    return browser().submit(page, form, button, fields);
  }

  /** Art. 25: the rater's page, opened as the lookup form posts the id and code. */
  private HttpResponse<String> rating(String tenant, String id, String code) throws Exception {
    return browser()
        .post(
            get("t/" + tenant + "/rating"),
            "rating-lookup",
            Map.of("id", List.of(id), "code", List.of(code)));
  }

  /** Art. 25: the status page, as the status form posts the number and code. */
  private HttpResponse<String> status(String tenant, String number, String code) throws Exception {
    return submit(
        get("t/" + tenant + "/status"),
        "status-form",
        "look-up",
        Map.of("number", List.of(number), "code", List.of(code)));
  }

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  private static String encoded(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
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

  /** Art. 23: a unit's rating as its form posts it. */
  private static Map<String, List<String>> unitRating(String grade, int response, int quality) {
    return Map.of(
        "grade", List.of(grade),
        "responseScore", List.of(Integer.toString(response)),
        "qualityScore", List.of(Integer.toString(quality)),
        "comment", List.of("试用环境交付晚了两天"));
  }

  private JsonObject consultation(String tenant, String subject) throws Exception {
    String body =
        Json.createObjectBuilder()
            .add("category", "COMPLAINT")
            .add("subject", subject)
            .add("content", "周一上午排队两个小时")
            .build()
            .toString();
    HttpResponse<String> created =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        new URL(base, "api/v1/tenants/" + tenant + "/consultations").toURI())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(201, created.statusCode(), created.body());
    try (var reader = Json.createReader(new StringReader(created.body()))) {
      return reader.readObject();
    }
  }

  @Test
  @DisplayName(
      "Art. 23: a tenant's home lists its public services with search and pages as links, each with its rating link")
  void art23_homeListsServices() throws Exception {
    String tag = "目录" + unique();
    long first = PublicDatabase.listedService("huzhou", tag + " 服务A", "湖州市大数据发展管理局");
    for (int i = 0; i < 10; i++) {
      PublicDatabase.listedService("huzhou", tag + " 服务B" + i, null);
    }
    PublicDatabase.listedService("huzhou", tag + " <b>加粗</b>", null);

    var page1 = get("t/huzhou/?q=" + encoded(tag));
    assertEquals(200, page1.statusCode());
    assertContains(
        page1,
        "<label id=\"q-label\" for=\"q\">搜索服务</label>",
        "共 12 项服务，第 1 / 2 页",
        "t/huzhou/rate?service=" + first + "\"",
        "id=\"page-next\"",
        "page=2",
        "id=\"go-consult\"",
        "id=\"go-status\"",
        "id=\"go-statistics\"");
    var page2 = get("t/huzhou/?q=" + encoded(tag) + "&page=2");
    assertContains(page2, "共 12 项服务，第 2 / 2 页", "id=\"page-previous\"");
    String both = page1.body() + page2.body();
    assertTrue(both.contains("&lt;b&gt;加粗&lt;/b&gt;"), "the service name is escaped");
    assertFalse(both.contains("<b>加粗"));
    assertContains(get("t/huzhou/?q=" + encoded("没有这种服务" + tag)), "没有找到符合条件的服务。");
    assertContains(
        get("t/huzhou/?q=" + encoded(tag), EN, "en"), "Public service directory", "page 1 of 2");
  }

  @Test
  @DisplayName(
      "Art. 23: the rating form offers the four grades in Chinese, tags and a 500-character comment, each labelled, and posts back to /t/<tenant>/rate")
  void art23_ratingFormRenders() throws Exception {
    long service = PublicDatabase.listedService("huzhou", "不动产登记 " + unique(), "湖州市自然资源局");
    var page = get("t/huzhou/rate?service=" + service);
    assertEquals(200, page.statusCode());
    assertContains(
        page,
        "非常满意",
        "基本满意",
        "不满意",
        "响应及时",
        "for=\"rate-form:comment\"",
        "maxlength=\"500\"",
        "最多 500 个字",
        "aria-describedby=\"rate-form-comment-count rate-form-comment-error\"",
        "name=\"service\" value=\"" + service + "\"",
        "href=\"?service=" + service + "&amp;lang=en\"");
    String action = Browser.attribute(Browser.form(page.body(), "rate-form"), "action");
    assertTrue(action.endsWith("/t/huzhou/rate"), action);
    var english = get("t/huzhou/rate?service=" + service, EN, "en");
    assertContains(english, "Rate a service", "Very satisfied", "At most 500 characters");
  }

  @Test
  @DisplayName("Art. 23: rating a service that is not listed is 404, with the reason in words")
  void art23_unknownServiceIs404() throws Exception {
    for (String service : new String[] {"987654321987", "abc", ""}) {
      var page = get("t/huzhou/rate?service=" + service);
      assertEquals(404, page.statusCode(), service);
      assertContains(page, "该服务不在本地区的公开服务目录中");
      assertFalse(page.body().contains("id=\"rate-form\""));
    }
  }

  @Test
  @DisplayName(
      "Art. 23: a citizen rates DISSATISFIED, keeps the receipt, reads the response with it and rates once more")
  void art23_citizenRatingJourney() throws Exception {
    long service = PublicDatabase.listedService("huzhou", "社保卡办理 " + unique(), null);
    var form = get("t/huzhou/rate?service=" + service);
    var receipt =
        submit(
            form,
            "rate-form",
            "submit",
            Map.of(
                "grade", List.of("DISSATISFIED"),
                "tags", List.of("SLOW", "UNRESOLVED"),
                "comment", List.of("窗口排队 <script>x</script>")));
    assertEquals(200, receipt.statusCode());
    assertContains(receipt, "评价已提交", "请妥善保存评价编号和访问码");
    String id = text(receipt.body(), "receipt-rating-id");
    String code = text(receipt.body(), "receipt-access-code");
    assertEquals(
        1, PublicDatabase.count("select count(*) from rating where service_id = ?", service));

    var waiting = browser().post(receipt, "receipt-open-form", Map.of());
    assertContains(waiting, "id=\"rating-grade\">不满意<", "尚待答复");
    assertFalse(waiting.body().contains("id=\"follow-up-citizen\""));

    PublicDatabase.respond(id, "已增加 <em>两个</em> 窗口");
    var answered = rating("huzhou", id, code);
    assertContains(answered, "已增加 &lt;em&gt;两个&lt;/em&gt; 窗口", "id=\"follow-up-citizen\"");
    var followed =
        submit(answered, "follow-up-citizen", "submit", Map.of("grade", List.of("SATISFIED")));
    assertContains(followed, "追加评价已提交", "您已追加评价：满意");
    assertFalse(followed.body().contains("id=\"follow-up-citizen\""));
    var again =
        submit(answered, "follow-up-citizen", "submit", Map.of("grade", List.of("VERY_SATISFIED")));
    assertEquals(200, again.statusCode());
    assertEquals(
        1,
        PublicDatabase.count(
            "select count(*) from rating f join rating r on f.follow_up_of = r.rating_id"
                + " where r.receipt_no = ?",
            id),
        "one follow-up only");

    assertContains(rating("huzhou", id, "AAAA2222"), "未找到该评价");
    assertContains(rating("ningbo", id, code), "未找到该评价");
  }

  @Test
  @DisplayName(
      "Art. 23: an invalid rating names each field next to it, announced as an alert, and stores nothing")
  void art23_invalidRatingIsExplained() throws Exception {
    long service = PublicDatabase.listedService("huzhou", "公积金提取 " + unique(), null);
    var form = get("t/huzhou/rate?service=" + service);
    var refused = submit(form, "rate-form", "submit", Map.of("comment", List.of("长".repeat(501))));
    assertEquals(200, refused.statusCode());
    assertContains(
        refused,
        "role=\"alert\"",
        "提交未成功，未保存任何内容。",
        "id=\"rate-form-grade-error\" class=\"field-error\">必填项<",
        "id=\"rate-form-comment-error\" class=\"field-error\">不能超过 500 个字符<",
        "aria-describedby=\"rate-form-grade-hint rate-form-grade-error\"",
        "aria-invalid=\"true\"");
    assertEquals(
        0, PublicDatabase.count("select count(*) from rating where service_id = ?", service));
  }

  @Test
  @DisplayName(
      "Art. 23: the consultation form gives a tracking number and a query code, which show the status")
  void art23_consultationJourney() throws Exception {
    var form = get("t/huzhou/consult");
    assertEquals(200, form.statusCode());
    assertContains(
        form, "咨询", "投诉", "建议", "for=\"consult-form:subject\"", "for=\"consult-form:contact\"");
    String subject = "建议延长周末开放时间 " + unique();
    var receipt =
        submit(
            form,
            "consult-form",
            "submit",
            Map.of(
                "category", List.of("SUGGESTION"),
                "subject", List.of(subject),
                "content", List.of("周六上午排队的人很多"),
                "contact", List.of("13912345678")));
    assertContains(receipt, "已收到您的提交");
    assertTrue(
        receipt.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.contains("SESSION")),
        "a stateless form gives the visitor no session");
    String number = text(receipt.body(), "receipt-number");
    String code = text(receipt.body(), "receipt-code");
    assertTrue(number.matches("ZX\\d{8}-\\d{6}"), number);

    var status = browser().post(receipt, "receipt-status-form", Map.of());
    assertContains(status, subject, "已受理，待答复", "139****5678", "id=\"status-category\">建议<");
    var typed =
        submit(
            get("t/huzhou/status"),
            "status-form",
            "look-up",
            Map.of("number", List.of(number.toLowerCase()), "code", List.of(code.toLowerCase())));
    assertContains(typed, subject, "尚未答复");
    assertContains(get("t/huzhou/consult", EN, "en"), "Questions, complaints and suggestions");
  }

  @Test
  @DisplayName("Art. 23: a subject with <script> is shown on the status page as text, escaped")
  void art23_statusEscapesUserText() throws Exception {
    JsonObject receipt = consultation("huzhou", "<script>alert('x')</script> 投诉 " + unique());
    var page = status("huzhou", receipt.getString("trackingNo"), receipt.getString("queryCode"));
    assertEquals(200, page.statusCode());
    assertContains(page, "&lt;script&gt;alert(");
    assertFalse(page.body().contains("<script>alert("));
  }

  @Test
  @DisplayName(
      "Art. 23: a wrong query code, an unknown number and another tenant's number all read 'not found'")
  void art23_wrongCodeIsNotFound() throws Exception {
    JsonObject receipt = consultation("huzhou", "查询码测试 " + unique());
    String number = receipt.getString("trackingNo");
    String code = receipt.getString("queryCode");
    String notFound = "未找到该咨询：请核对查询编号和查询码。";
    for (String[] asked :
        new String[][] {
          {"huzhou", number, "AAAA2222"},
          {"huzhou", "ZX20200101-000000", code},
          {"ningbo", number, code}
        }) {
      var page = status(asked[0], asked[1], asked[2]);
      assertEquals(notFound, text(page.body(), "status-not-found"), String.join(" ", asked));
      assertFalse(page.body().contains("id=\"status-result\""), String.join(" ", asked));
    }
    var typed =
        submit(
            get("t/huzhou/status"),
            "status-form",
            "look-up",
            Map.of("number", List.of(number), "code", List.of("WRONG234")));
    assertEquals(notFound, text(typed.body(), "status-not-found"));
    var blank = submit(get("t/huzhou/status"), "status-form", "look-up", Map.of());
    assertContains(
        blank,
        "id=\"status-form-number-error\" class=\"field-error\">必填项<",
        "status-form-code-error");
  }

  @Test
  @DisplayName(
      "Art. 23: a unit rates a provider event once through its link; then the link refuses, and after the response it rates once more")
  void art23_invitationJourney() throws Exception {
    String token = PublicDatabase.invitation("huzhou", "provide-trial", 4711);
    String link = "t/huzhou/invitation/" + token;
    var page = get(link);
    assertEquals(200, page.statusCode());
    assertContains(
        page,
        "id=\"event-name\">提供试用环境<",
        "id=\"event-application\">4711<",
        "2026-11-20 10:30",
        "服务响应评分",
        "for=\"invitation-form:comment\"");
    String action = Browser.attribute(Browser.form(page.body(), "invitation-form"), "action");
    assertTrue(action.endsWith("/" + link), action);
    assertContains(get(link, EN, "en"), "Trial environment provided", "Response score");

    var receipt = submit(page, "invitation-form", "submit", unitRating("DISSATISFIED", 2, 3));
    assertContains(receipt, "评价已提交");
    String id = text(receipt.body(), "receipt-rating-id");
    String code = text(receipt.body(), "receipt-access-code");

    var rated = get(link);
    assertContains(rated, "该服务事件已评价过，每个事件只能评价一次");
    assertFalse(rated.body().contains("id=\"invitation-form\""));
    var replay = submit(page, "invitation-form", "submit", unitRating("SATISFIED", 4, 4));
    assertContains(replay, "该服务事件已评价过");
    assertEquals(
        1,
        PublicDatabase.count(
            "select count(*) from rating r join rating_invitation i using (invitation_id)"
                + " where i.application_id = ? and r.follow_up_of is null",
            4711L));

    PublicDatabase.respond(id, "已优化试用环境交付流程");
    var answered = rating("huzhou", id, code);
    assertContains(answered, "已优化试用环境交付流程", "id=\"follow-up-unit\"");
    var followed = submit(answered, "follow-up-unit", "submit", unitRating("SATISFIED", 4, 5));
    assertContains(followed, "追加评价已提交", "您已追加评价：满意");
  }

  @Test
  @DisplayName(
      "Art. 23: an unknown or foreign invitation link is 404 with a clear message, no form")
  void art23_unknownInvitationIs404() throws Exception {
    String foreign = PublicDatabase.invitation("jiaxing", "reclaim", 815);
    for (String path :
        new String[] {
          "t/huzhou/invitation/" + "x".repeat(43),
          "t/huzhou/invitation/not-a-token",
          "t/huzhou/invitation/" + foreign
        }) {
      var page = get(path);
      assertEquals(404, page.statusCode(), path);
      assertContains(page, "该评价链接无效或已失效");
      assertFalse(page.body().contains("id=\"invitation-form\""), path);
    }
    assertContains(get("t/jiaxing/invitation/" + foreign), "id=\"event-name\">回收资源<");
  }

  @Test
  @DisplayName(
      "Art. 23, Art. 25: the rating lookup form posts to the rating's page (no code in the address); blank fields are named")
  void art23_ratingLookupForm() throws Exception {
    var page = get("t/huzhou/status");
    String action = Browser.attribute(Browser.form(page.body(), "rating-lookup"), "action");
    assertTrue(action.endsWith("/t/huzhou/rating"), action);
    String id = UUID.randomUUID().toString();
    var opened =
        browser()
            .post(page, "rating-lookup", Map.of("id", List.of(id), "code", List.of("ABCD2345")));
    assertEquals(200, opened.statusCode(), opened.body());
    assertTrue(opened.uri().toString().endsWith("/t/huzhou/rating"), opened.uri().toString());
    assertContains(opened, "未找到该评价");
    var blank = browser().post(page, "rating-lookup", Map.of());
    assertContains(blank, "id=\"rating-lookup-id-error\" class=\"field-error\">必填项<");
    assertContains(get("t/huzhou/rating"), "id=\"rating-lookup\"");
  }

  @Test
  @DisplayName(
      "Art. 25, code in the address: the status and rating pages take a code only by post; a link with ?code= opens nothing")
  void art25_codeInTheAddressOpensNothing() throws Exception {
    JsonObject consultation = consultation("huzhou", "地址栏查询码 " + unique());
    String number = consultation.getString("trackingNo");
    String code = consultation.getString("queryCode");
    var linked = get("t/huzhou/status?no=" + number + "&code=" + code);
    assertEquals(200, linked.statusCode());
    assertFalse(linked.body().contains("id=\"status-result\""), linked.body());
    assertContains(linked, "value=\"" + number + "\"");
    assertFalse(linked.body().contains("code="), "no link carries the code");
    var posted = status("huzhou", number, code);
    assertContains(posted, "id=\"status-result\"");
    assertFalse(posted.uri().toString().contains(code), posted.uri().toString());
    assertFalse(posted.body().contains("code=" + code), "no link of the answer carries the code");

    long service = PublicDatabase.listedService("huzhou", "地址栏访问码 " + unique(), null);
    var receipt =
        submit(
            get("t/huzhou/rate?service=" + service),
            "rate-form",
            "submit",
            Map.of("grade", List.of("SATISFIED")));
    String id = text(receipt.body(), "receipt-rating-id");
    String access = text(receipt.body(), "receipt-access-code");
    assertFalse(receipt.body().contains("code=" + access), "the receipt links no code");
    var opened = get("t/huzhou/rating?id=" + id + "&code=" + access);
    assertFalse(opened.body().contains("id=\"rating-result\""), opened.body());
    assertContains(rating("huzhou", id, access), "id=\"rating-grade\">满意<");
  }

  @Test
  @DisplayName(
      "Art. 23: the month's statistics show each grade, the satisfaction rate and reply times as bars and tables, with a link to the JSON")
  void art23_statistics() throws Exception {
    long service = PublicDatabase.listedService("lishui", "统计测试服务 " + unique(), null);
    for (String grade : new String[] {"VERY_SATISFIED", "DISSATISFIED"}) {
      Browser citizen = new Browser(base); // Art. 23: one rating per client, service and day
      var form = citizen.get("t/lishui/rate?service=" + service);
      assertContains(
          citizen.submit(form, "rate-form", "submit", Map.of("grade", List.of(grade))), "评价已提交");
    }
    YearMonth month = YearMonth.now(ZoneId.of("Asia/Shanghai"));
    var page = get("t/lishui/statistics?month=" + month);
    assertEquals(200, page.statusCode());
    assertContains(
        page,
        "满意率 50%（共 2 条评价）",
        "<caption id=\"grades-caption\">各满意度等级的评价数量 " + month,
        "<th scope=\"row\">非常满意</th><td>1</td>",
        "<th scope=\"row\">不满意</th><td>1</td>",
        "data-percent=\"50\"",
        "statistics?month=" + month.minusMonths(1) + "\"",
        "statistics?month=" + month.plusMonths(1) + "\"",
        "/api/v1/tenants/lishui/satisfaction?month=" + month + "\"",
        "<label id=\"month-label\" for=\"month-input\">");
    var invalid = get("t/lishui/statistics?month=2026-13");
    assertEquals(200, invalid.statusCode());
    assertContains(invalid, "请按 YYYY-MM 填写月份", "id=\"month-shown\" aria-current=\"page\">" + month);
    assertContains(
        get("t/lishui/statistics?month=" + month, EN, "en"),
        "Satisfaction rate 50% (2 ratings)",
        "Consultation reply times");
  }
}
