package cn.gov.zj.cloud.publicportal.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.feedback.CitizenRating;
import cn.gov.zj.cloud.domain.feedback.Grade;
import cn.gov.zj.cloud.domain.feedback.RatingKind;
import cn.gov.zj.cloud.domain.feedback.Satisfaction;
import cn.gov.zj.cloud.domain.interconnect.Message;
import cn.gov.zj.cloud.domain.interconnect.MessageType;
import cn.gov.zj.cloud.domain.tenant.Tenant;
import cn.gov.zj.cloud.domain.tenant.TenantDirectory;
import cn.gov.zj.cloud.publicportal.Deployments;
import cn.gov.zj.cloud.publicportal.interconnect.Inbox;
import cn.gov.zj.cloud.publicportal.interconnect.Peer;
import cn.gov.zj.cloud.publicportal.persistence.Transactions;
import cn.gov.zj.cloud.publicportal.rating.Ratings;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.Year;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Art. 23, 24 inside Payara Micro on the real database: citizens' and units' ratings counted apart
 * from the counts kept as ratings arrive, a service's monthly trend, the bad-review rectification
 * rate on the official calendar from the private zone's RECTIFICATION_RESPONDED stages, the public
 * ranking equal to a direct count of every tenant's ratings through the one read-only ranking mode,
 * and bad input answered 400 problem+json.
 */
@ExtendWith(ArquillianExtension.class)
class SatisfactionIT {

  private static final TenantDirectory TENANTS = TenantDirectory.load();
  private static final Tenant QUZHOU = TENANTS.find("quzhou").orElseThrow();
  private static final AtomicLong IDS = new AtomicLong(9_700_000L + System.nanoTime() % 90_000L);

  @Deployment
  static WebArchive deployment() {
    return Deployments.publicPortal().addClass(Peer.class);
  }

  @ArquillianResource URL base;

  @Inject Ratings ratings;
  @Inject Statistics statistics;
  @Inject ServiceSatisfaction services;
  @Inject CityRanking ranking;
  @Inject Inbox inbox;
  @Inject Transactions transactions;

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Test
  @DisplayName(
      "Art. 23: citizens' and units' ratings are counted apart in the statistics, the REST answer and the page")
  void art23_citizensAndUnitsCountedApart() throws Exception {
    long service = listedService(QUZHOU, "分开统计服务");
    Instant at = beijing("2025-03-10T10:00:00");
    rate(QUZHOU, RatingKind.CITIZEN, service, Grade.SATISFIED, at, null, null);
    rate(QUZHOU, RatingKind.CITIZEN, service, Grade.DISSATISFIED, at, null, null);
    rate(QUZHOU, RatingKind.PROVIDER, 0, Grade.DISSATISFIED, at, null, null);
    rate(QUZHOU, RatingKind.PROVIDER, 0, Grade.DISSATISFIED, at, null, null);
    rate(QUZHOU, RatingKind.PROVIDER, 0, Grade.VERY_SATISFIED, at, null, null);
    StatisticsPeriod march = StatisticsPeriod.month(java.time.YearMonth.of(2025, 3));
    Satisfaction citizens = statistics.satisfaction(QUZHOU, RatingKind.CITIZEN, march);
    Satisfaction units = statistics.satisfaction(QUZHOU, RatingKind.PROVIDER, march);
    assertEquals(direct(QUZHOU, "CITIZEN", march), citizens.byGrade());
    assertEquals(direct(QUZHOU, "PROVIDER", march), units.byGrade());
    assertTrue(citizens.total() >= 2 && units.total() >= 3);

    JsonObject json = json(get("api/v1/tenants/quzhou/satisfaction?month=2025-03"), 200);
    assertEquals(citizens.total(), json.getJsonNumber("total").longValue(), "citizens only");
    assertEquals(citizens.total(), json.getJsonObject("citizens").getInt("total"));
    assertEquals(units.total(), json.getJsonObject("units").getInt("total"));
    assertEquals(
        units.byGrade().get(Grade.DISSATISFIED).longValue(),
        json.getJsonObject("units").getJsonObject("byGrade").getInt("DISSATISFIED"));

    JsonObject page =
        json(get("api/v1/tenants/quzhou/satisfaction/services?month=2025-03&size=100"), 200);
    JsonObject line =
        page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .filter(item -> item.getJsonNumber("serviceId").longValue() == service)
            .findFirst()
            .orElseThrow();
    assertEquals(
        2, line.getJsonObject("citizens").getInt("total"), "the units' never in a service");
    assertEquals(
        "0.5",
        line.getJsonObject("citizens")
            .getJsonNumber("badReviewRate")
            .bigDecimalValue()
            .stripTrailingZeros()
            .toPlainString());
    assertFalse(page.toString().contains("测试评价"), "nothing personal: no comment");

    String html = get("t/quzhou/statistics?month=2025-03").body();
    assertTrue(html.contains("id=\"units-heading\""), html);
    assertTrue(html.contains("id=\"definition-rate\">满意率 =（非常满意 + 满意 + 基本满意）"), html);
    assertTrue(html.contains("id=\"service-link-" + service + "\""), html);
  }

  @Test
  @DisplayName(
      "Art. 23: a rating stored through the batched writer is counted at once, a follow-up is not counted twice")
  void art23_theWriterPathIsCounted() {
    long service = listedService(QUZHOU, "实时计数服务");
    Year now = Year.now(StatisticsPeriod.BEIJING);
    long before = services.trend(QUZHOU, service, now).orElseThrow().year().citizens().total();
    ratings.rateService(
        QUZHOU,
        new CitizenRating(service, Grade.VERY_SATISFIED, Set.of(), Optional.of("测试评价")),
        "it-count-" + UUID.randomUUID(),
        Optional.empty());
    ServiceTrend trend = services.trend(QUZHOU, service, now).orElseThrow();
    assertEquals(before + 1, trend.year().citizens().total());
    assertEquals(12, trend.months().size());
    assertEquals(
        1,
        trend.months().stream().mapToLong(m -> m.citizens().total()).sum(),
        "one month holds it");
  }

  @Test
  @DisplayName(
      "Art. 23: a service's monthly trend over the year, as JSON and as a chart with a table on its page")
  void art23_monthlyTrend() throws Exception {
    long service = listedService(QUZHOU, "趋势服务");
    rate(
        QUZHOU,
        RatingKind.CITIZEN,
        service,
        Grade.SATISFIED,
        beijing("2025-01-31T23:30:00"),
        null,
        null);
    rate(
        QUZHOU,
        RatingKind.CITIZEN,
        service,
        Grade.DISSATISFIED,
        beijing("2025-02-01T00:30:00"),
        null,
        null);
    rate(
        QUZHOU,
        RatingKind.CITIZEN,
        service,
        Grade.SATISFIED,
        beijing("2025-02-14T12:00:00"),
        null,
        null);
    JsonObject json =
        json(get("api/v1/tenants/quzhou/satisfaction/services/" + service + "?year=2025"), 200);
    var months = json.getJsonArray("months").getValuesAs(JsonObject.class);
    assertEquals(12, months.size());
    assertEquals("2025-01", months.get(0).getString("month"));
    assertEquals(1, months.get(0).getInt("total"), "Beijing time decides the month");
    assertEquals(2, months.get(1).getInt("total"));
    assertEquals("0.5000", months.get(1).getJsonNumber("satisfactionRate").toString());
    assertEquals(0, months.get(2).getInt("total"));
    assertTrue(months.get(2).isNull("satisfactionRate"));
    assertEquals(3, json.getJsonObject("service").getJsonObject("citizens").getInt("total"));

    var page = get("t/quzhou/statistics/" + service + "?year=2025");
    assertEquals(200, page.statusCode());
    String html = page.body();
    assertTrue(html.contains("<svg id=\"trend-chart\""), html);
    assertTrue(html.contains("height=\"100\""), "January at 100 %: " + html);
    assertTrue(html.contains("height=\"50\""), "February at 50 %");
    assertTrue(
        html.contains("<tr id=\"trend-row-2\"><th scope=\"row\">2025-02</th><td>2</td>"), html);
    assertFalse(html.contains("style="), "no inline style: the CSP forbids it");
    assertTrue(html.contains("statistics?month=2025-12\""), "back to the year's last month");
    assertEquals(404, get("t/quzhou/statistics/" + (service + 900_000_000L)).statusCode());
    assertEquals(404, get("t/lishui/statistics/" + service).statusCode(), "another tenant's");
  }

  @Test
  @DisplayName(
      "Art. 23: the rectification rate counts call backs within 1 and reports within 15 working days across the National Day holiday, from the private zone's stages")
  void art23_rectificationRateOnTheCalendar() throws Exception {
    long service = listedService(QUZHOU, "整改服务");
    // Wednesday 30 September 2026; 1-7 October are holidays, 8 October the first working day
    Instant rated = beijing("2026-09-30T10:00:00");
    UUID inTime = rate(QUZHOU, RatingKind.CITIZEN, service, Grade.DISSATISFIED, rated, null, null);
    UUID late = rate(QUZHOU, RatingKind.CITIZEN, service, Grade.DISSATISFIED, rated, null, null);
    UUID never = rate(QUZHOU, RatingKind.CITIZEN, service, Grade.DISSATISFIED, rated, null, null);
    respond(inTime, "CALLBACK", beijing("2026-10-08T16:00:00"));
    respond(inTime, "REPORT", beijing("2026-10-20T09:00:00"));
    respond(late, "CALLBACK", beijing("2026-10-09T09:00:00"));
    respond(late, "REPORT", beijing("2026-11-30T09:00:00"));
    JsonObject json =
        json(get("api/v1/tenants/quzhou/satisfaction/services/" + service + "?year=2026"), 200);
    JsonObject rectification = json.getJsonObject("service").getJsonObject("rectification");
    assertEquals(3, rectification.getInt("badReviews"));
    assertEquals(1, rectification.getInt("calledBackInTime"));
    assertEquals(3, rectification.getInt("callbackDecided"), "the unanswered one is overdue");
    assertEquals("0.3333", rectification.getJsonNumber("callbackRate").toString());
    assertEquals(1, rectification.getInt("rectifiedInTime"));
    assertEquals(3, rectification.getInt("rectificationDecided"));
    assertTrue(never != null);
    JsonObject month = json(get("api/v1/tenants/quzhou/satisfaction?month=2026-09"), 200);
    assertTrue(month.getJsonObject("rectification").getInt("badReviews") >= 3);
  }

  @Test
  @DisplayName(
      "Art. 23 (晾晒): the ranking of every tenant equals a direct count of each tenant's ratings, for a month and a year")
  void art23_rankingEqualsDirectCounts() throws Exception {
    long service = listedService(QUZHOU, "排名服务");
    rate(
        QUZHOU,
        RatingKind.CITIZEN,
        service,
        Grade.VERY_SATISFIED,
        beijing("2025-06-01T08:00:00"),
        null,
        null);
    Tenant lishui = TENANTS.find("lishui").orElseThrow();
    long other = listedService(lishui, "排名服务");
    rate(
        lishui,
        RatingKind.CITIZEN,
        other,
        Grade.DISSATISFIED,
        beijing("2025-06-02T08:00:00"),
        null,
        null);
    for (StatisticsPeriod period :
        List.of(
            StatisticsPeriod.month(java.time.YearMonth.of(2025, 6)),
            StatisticsPeriod.year(Year.of(2025)))) {
      var entries = ranking.of(period);
      assertEquals(TENANTS.all().size(), entries.size(), "every tenant, ranked or not");
      for (var entry : entries) {
        Tenant tenant = TENANTS.find(entry.tenant()).orElseThrow();
        assertEquals(direct(tenant, "CITIZEN", period), entry.citizens().byGrade(), entry.tenant());
        assertEquals(direct(tenant, "PROVIDER", period), entry.units().byGrade(), entry.tenant());
      }
      JsonObject json =
          json(
              get(
                  "api/v1/satisfaction/ranking?"
                      + (period.isYear() ? "year=" : "month=")
                      + period.label()),
              200);
      var lines = json.getJsonArray("tenants").getValuesAs(JsonObject.class);
      assertEquals(entries.size(), lines.size());
      assertEquals(
          entries.stream().map(e -> e.tenant()).toList(),
          lines.stream().map(l -> l.getString("tenant")).toList());
      JsonObject first = lines.get(0);
      assertEquals(1, first.getInt("rank"));
    }
    String html = get("t/quzhou/ranking?month=2025-06").body();
    assertTrue(html.contains("id=\"ranking-quzhou\" class=\"own\""), html);
    assertTrue(html.contains("id=\"ranking-period\">2025-06<"), html);
    String invalid = get("t/quzhou/ranking?month=2025-13").body();
    assertTrue(invalid.contains("id=\"period-invalid\""), invalid);
  }

  @Test
  @DisplayName(
      "Art. 24 (wall 4): the ranking's mode reads every tenant's counts and nothing else, and writes nothing")
  void art24_theRankingModeSeesCountsOnly() {
    for (Tenant tenant : List.of(QUZHOU, TENANTS.find("lishui").orElseThrow())) {
      long service = listedService(tenant, "模式服务");
      rate(
          tenant,
          RatingKind.CITIZEN,
          service,
          Grade.SATISFIED,
          beijing("2025-07-01T08:00:00"),
          null,
          null);
    }
    long ratingsSeen =
        transactions.ranking("attack: read ratings", c -> count(c, "select count(*) from rating"));
    assertEquals(0, ratingsSeen, "no rating row in the ranking mode");
    assertEquals(
        0L,
        transactions.<Long>ranking(
            "attack: read consultations", c -> count(c, "select count(*) from consultation")));
    assertEquals(
        0L,
        transactions.<Long>ranking(
            "attack: read the directory", c -> count(c, "select count(*) from public_service")));
    assertTrue(
        transactions.ranking(
                "read counts",
                c -> count(c, "select count(distinct tenant_id) from satisfaction_count"))
            >= 2,
        "the counts of several tenants");
    assertThrows(
        IllegalStateException.class,
        () ->
            transactions.ranking(
                "attack: write a count",
                c -> {
                  try (PreparedStatement insert =
                      c.prepareStatement(
                          "insert into satisfaction_count values"
                              + " ('quzhou', 'CITIZEN', 1, date '2025-01-01', 'SATISFIED', 1000)")) {
                    return insert.executeUpdate();
                  }
                }));
  }

  @Test
  @DisplayName(
      "Art. 25: a bad month, year, page or size is 400 problem+json naming it; an unknown or another tenant's service 404; never 500")
  void art25_badInputIs400() throws Exception {
    Map<String, String> bad = new HashMap<>();
    bad.put("api/v1/tenants/quzhou/satisfaction?month=2026-13", "month");
    bad.put("api/v1/tenants/quzhou/satisfaction?year=20x6", "year");
    bad.put("api/v1/tenants/quzhou/satisfaction?month=2026-01&year=2026", "year");
    bad.put("api/v1/tenants/quzhou/satisfaction/services?page=-1", "page");
    bad.put("api/v1/tenants/quzhou/satisfaction/services?size=0", "size");
    bad.put("api/v1/tenants/quzhou/satisfaction/services?size=101", "size");
    bad.put("api/v1/tenants/quzhou/satisfaction/services?month=1999-12", "month");
    bad.put("api/v1/tenants/quzhou/satisfaction/services/1?year=99999", "year");
    bad.put("api/v1/satisfaction/ranking?year=1800", "year");
    bad.put("api/v1/satisfaction/ranking?month=%E2%80%AE2026-01", "month");
    for (var entry : bad.entrySet()) {
      HttpResponse<String> answer = get(entry.getKey());
      assertEquals(400, answer.statusCode(), entry.getKey() + ": " + answer.body());
      assertTrue(
          answer
              .headers()
              .firstValue("Content-Type")
              .orElse("")
              .startsWith("application/problem+json"),
          entry.getKey());
      assertTrue(answer.body().contains("\"" + entry.getValue() + "\""), answer.body());
    }
    for (String path :
        List.of(
            "api/v1/tenants/quzhou/satisfaction/services/abc",
            "api/v1/tenants/quzhou/satisfaction/services/0",
            "api/v1/tenants/quzhou/satisfaction/services/99999999999999999999",
            "api/v1/tenants/nowhere/satisfaction/services",
            "api/v1/tenants/nowhere/satisfaction")) {
      HttpResponse<String> answer = get(path);
      assertEquals(404, answer.statusCode(), path + ": " + answer.body());
    }
    long lishui = listedService(TENANTS.find("lishui").orElseThrow(), "别处服务");
    assertEquals(404, get("api/v1/tenants/quzhou/satisfaction/services/" + lishui).statusCode());
  }

  // ---------------------------------------------------------------- helpers

  private static Instant beijing(String dateTime) {
    return ZonedDateTime.parse(dateTime + "+08:00[Asia/Shanghai]").toInstant();
  }

  private long listedService(Tenant tenant, String name) {
    long id = IDS.incrementAndGet();
    transactions.run(
        tenant,
        "publish a test service",
        c -> {
          try (PreparedStatement insert =
              c.prepareStatement(
                  "insert into public_service (tenant_id, service_id, name, listed, published_at)"
                      + " values (?, ?, ?, true, now())")) {
            insert.setString(1, tenant.id().value());
            insert.setLong(2, id);
            insert.setString(3, name + " " + id);
            return insert.executeUpdate();
          }
        });
    return id;
  }

  /** A first rating as the writer stores it, directly: the counts follow by the trigger. */
  private UUID rate(
      Tenant tenant,
      RatingKind kind,
      long service,
      Grade grade,
      Instant ratedAt,
      Instant calledBack,
      Instant reported) {
    UUID id = UUID.randomUUID();
    transactions.run(
        tenant,
        "store a test rating",
        c -> {
          UUID invitation = kind == RatingKind.PROVIDER ? invitation(c, tenant) : null;
          try (PreparedStatement insert =
              c.prepareStatement(
                  "insert into rating (rating_id, tenant_id, kind, service_id, invitation_id,"
                      + " grade, comment, rated_at, access_cipher, fingerprint, called_back_at,"
                      + " reported_at) values (?, ?, ?, ?, ?, ?, '测试评价', ?, '\\x00', ?, ?, ?)")) {
            insert.setObject(1, id);
            insert.setString(2, tenant.id().value());
            insert.setString(3, kind.name());
            insert.setObject(4, kind == RatingKind.CITIZEN ? service : null);
            insert.setObject(5, invitation);
            insert.setString(6, grade.name());
            insert.setTimestamp(7, Timestamp.from(ratedAt));
            insert.setString(8, "f".repeat(64));
            insert.setTimestamp(9, calledBack == null ? null : Timestamp.from(calledBack));
            insert.setTimestamp(10, reported == null ? null : Timestamp.from(reported));
            return insert.executeUpdate();
          }
        });
    return id;
  }

  private static UUID invitation(Connection c, Tenant tenant) throws SQLException {
    UUID id = UUID.randomUUID();
    try (PreparedStatement insert =
        c.prepareStatement(
            "insert into rating_invitation (invitation_id, tenant_id, event, application_id,"
                + " unit_code, token_hash, occurred_at, received_at)"
                + " values (?, ?, 'FAULT_RESOLVED', 1, '913300001234567890', ?, now(), now())")) {
      insert.setObject(1, id);
      insert.setString(2, tenant.id().value());
      insert.setString(3, String.format("%064x", id.getLeastSignificantBits() & Long.MAX_VALUE));
      insert.executeUpdate();
    }
    return id;
  }

  /** The private zone's call back or report of a bad review, through the interconnection. */
  private void respond(UUID rating, String stage, Instant at) {
    Message message =
        Peer.publication(
            MessageType.RECTIFICATION_RESPONDED,
            "quzhou",
            Map.of(
                "ratingId",
                rating.toString(),
                "response",
                "已处理",
                "respondedAt",
                at.toString(),
                "stage",
                stage));
    assertEquals(
        Inbox.Delivery.Outcome.ACCEPTED, inbox.receive(List.of(message.text())).get(0).outcome());
  }

  /** A direct count of the tenant's first ratings of one kind in the period, grade by grade. */
  private Map<Grade, Long> direct(Tenant tenant, String kind, StatisticsPeriod period) {
    return transactions.read(
        tenant,
        "count ratings directly",
        c -> {
          Map<Grade, Long> counts = new java.util.EnumMap<>(Grade.class);
          for (Grade grade : Grade.values()) {
            counts.put(grade, 0L);
          }
          try (PreparedStatement query =
              c.prepareStatement(
                  "select grade, count(*) from rating where kind = ? and follow_up_of is null"
                      + " and rated_at >= ? and rated_at < ? group by grade")) {
            query.setString(1, kind);
            query.setTimestamp(2, period.from());
            query.setTimestamp(3, period.until());
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                counts.put(Grade.valueOf(rows.getString(1)), rows.getLong(2));
              }
            }
          }
          return counts;
        });
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (PreparedStatement query = c.prepareStatement(sql);
        ResultSet row = query.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base.toString() + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject json(HttpResponse<String> answer, int status) {
    assertEquals(status, answer.statusCode(), answer.body());
    return Json.createReader(new StringReader(answer.body())).readObject();
  }
}
