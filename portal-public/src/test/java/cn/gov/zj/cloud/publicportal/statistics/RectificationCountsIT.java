package cn.gov.zj.cloud.publicportal.statistics;

import static cn.gov.zj.cloud.publicportal.statistics.BadReviewRows.Row.bad;
import static cn.gov.zj.cloud.publicportal.statistics.BadReviewRows.respond;
import static cn.gov.zj.cloud.publicportal.statistics.BadReviewRows.store;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.domain.calendar.WorkingDays;
import cn.gov.zj.cloud.domain.feedback.Grade;
import cn.gov.zj.cloud.domain.feedback.Rectification;
import cn.gov.zj.cloud.domain.feedback.RectificationRate;
import cn.gov.zj.cloud.publicportal.Deployments;
import cn.gov.zj.cloud.publicportal.PublicDatabase;
import cn.gov.zj.cloud.publicportal.tenant.TenantScope;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Art. 23 (差评整改率), issue 14, over the public API of Payara Micro on the public zone's database: the
 * bad reviews counted by the triggers on {@code rating} (migration V8) equal a direct count of the
 * ratings, and the five rectification counts the statistics answer, summed from those counts
 * against the due dates, equal {@link RectificationRate#of} over the raw rows at the same instant,
 * per service and tenant-wide; another tenant's counts never show (wall 4).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RectificationCountsIT {

  private static final String TENANT = "ningbo";
  private static final String OTHER = "wenzhou";
  private static final OfficialCalendar CALENDAR = OfficialCalendar.builtIn();
  private static final WorkingDays CALLBACK = Rectification.CALLBACK;
  private static final WorkingDays REPORT = Rectification.REPORT;

  /** The scenario's earliest day before today: 15 working days back, across any holiday. */
  private static final int EARLIEST = 45;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.publicPortal();
  }

  @ArquillianResource URL base;

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Test
  @DisplayName(
      "Art. 23: the bad reviews counted by the triggers (inserts, call backs and reports published later, an earlier call back after a later one, follow-ups, units' ratings, other grades, a grade changed) equal a direct count of the ratings, tenant by tenant")
  void art23_theCountsEqualTheRatings() throws Exception {
    long service = scenario();
    List<Set<String>> countsAndRows = BadReviewRows.countsAndRows();
    assertEquals(countsAndRows.get(1), countsAndRows.get(0));
    assertTrue(
        countsAndRows.get(0).stream().anyMatch(k -> k.startsWith(TENANT + "|" + service + "|")),
        "the scenario's bad reviews are counted");
  }

  @Test
  @DisplayName(
      "Art. 23: the five rectification counts of a service and of its tenant, per year and month, equal RectificationRate.of over the raw rows at the same instant, across a Beijing midnight, a weekend and the Spring Festival, on the due date's last moment and the next")
  void art23_theFiveCountsEqualTheDomainsOverTheRows() throws Exception {
    long service = scenario();
    RectificationRate all = RectificationRate.NONE;
    for (Year year : years()) {
      StatisticsPeriod period = StatisticsPeriod.year(year);
      String path = "api/v1/tenants/" + TENANT + "/satisfaction/services/" + service;
      all =
          all.plus(assertAnswered(path + "?year=" + year, "service", Optional.of(service), period));
      assertAnswered(tenantWide("year=" + year), "", Optional.empty(), period);
    }
    for (YearMonth month : List.of(YearMonth.of(2026, 2), YearMonth.now(OfficialCalendar.ZONE))) {
      StatisticsPeriod period = StatisticsPeriod.month(month);
      assertAnswered(tenantWide("month=" + month), "", Optional.empty(), period);
    }
    assertEveryState(all);
  }

  @Test
  @DisplayName(
      "Art. 24 (wall 4): another tenant's bad reviews never show: a tenant reads and writes only its own counts, and without a tenant or in the ranking's mode none is visible")
  void art24_anotherTenantsCountsNeverShow() throws Exception {
    scenario();
    try (Connection c = BadReviewRows.scoped(TENANT)) {
      assertEquals(0, count(c, "where tenant_id <> '" + TENANT + "'"));
      assertTrue(count(c, "") >= 1, "its own counts");
      assertThrows(
          SQLException.class,
          () ->
              c.createStatement()
                  .execute(
                      "insert into rectification_count values"
                          + " ('"
                          + OTHER
                          + "', 1, date '2026-01-05', null, null, 1000)"));
      c.rollback();
    }
    try (Connection c = PublicDatabase.connect()) {
      assertEquals(0, count(c, ""), "no tenant set");
      c.setAutoCommit(false);
      TenantScope.ranking(c);
      assertEquals(0, count(c, ""), "the ranking compares satisfaction counts only");
      c.rollback();
    }
  }

  // ---------------------------------------------------------------- the scenario

  /**
   * A new listed service of {@link #TENANT} with bad reviews at every edge of both deadlines, and
   * the same in {@link #OTHER} under the same service id, so that a count that leaked across
   * tenants would double; the service's id.
   */
  private static long scenario() throws SQLException {
    long service = PublicDatabase.listedService(TENANT, "整改计数服务 " + UUID.randomUUID(), "测试单位");
    for (String tenant : List.of(TENANT, OTHER)) {
      springFestival(tenant, service);
      weekend(tenant, service);
      recentDays(tenant, service);
      dueAroundToday(tenant, service);
      notCounted(tenant, service);
    }
    return service;
  }

  /**
   * Friday 13 February 2026 23:59:59 is due the make-up Saturday 14 February; a second later, on
   * the 14th, is due Tuesday 24 February after the Spring Festival.
   */
  private static void springFestival(String tenant, long service) throws SQLException {
    Instant friday = beijing("2026-02-13T23:59:59");
    Instant saturday = beijing("2026-02-14T00:00:00");
    store(
        tenant,
        bad(service, friday).calledBack(last(friday, CALLBACK)).reported(end(friday, REPORT)));
    UUID afterMidnight = store(tenant, bad(service, saturday));
    respond(tenant, false, end(friday, CALLBACK), List.of(afterMidnight));
    List<UUID> late = store(tenant, bad(service, friday), 2);
    respond(tenant, false, end(friday, CALLBACK), late);
    respond(tenant, true, last(friday, REPORT), late);
  }

  /**
   * Friday 6 March 2026 is due Monday 9 March; Sunday 8 March 23:59:59 too, Monday 00:00 the
   * Tuesday. An earlier call back published after a later one counts (the first time is kept).
   */
  private static void weekend(String tenant, long service) throws SQLException {
    Instant friday = beijing("2026-03-06T18:00:00");
    UUID recalled = store(tenant, bad(service, friday).calledBack(end(friday, CALLBACK)));
    respond(tenant, false, last(friday, CALLBACK), List.of(recalled));
    store(tenant, bad(service, friday).reported(last(friday, REPORT)), 3);
    Instant tuesday = beijing("2026-03-10T12:00:00");
    store(tenant, bad(service, beijing("2026-03-08T23:59:59")).calledBack(tuesday));
    store(tenant, bad(service, beijing("2026-03-09T00:00:00")).calledBack(tuesday));
  }

  /**
   * The last 21 Beijing days at noon, never reported: every deadline near today, open or past;
   * every other one called back an hour after the rating.
   */
  private static void recentDays(String tenant, long service) throws SQLException {
    LocalDate today = LocalDate.now(OfficialCalendar.ZONE);
    for (int k : IntStream.rangeClosed(0, 20).toArray()) {
      Instant noon = noon(today.minusDays(k));
      UUID rating = store(tenant, bad(service, noon));
      if (k % 2 == 1) {
        respond(tenant, false, noon.plusSeconds(3_600), List.of(rating));
      }
    }
  }

  /**
   * Bad reviews never called back nor reported, rated on a day whose call back or report falls due
   * today, or fell due yesterday: the first still open (decided only once today in Beijing is past
   * its due date), the second overdue. On a day off nothing falls due, and none is stored.
   */
  private static void dueAroundToday(String tenant, long service) throws SQLException {
    LocalDate today = LocalDate.now(OfficialCalendar.ZONE);
    for (WorkingDays days : List.of(CALLBACK, REPORT)) {
      for (LocalDate due : List.of(today, today.minusDays(1))) {
        Optional<LocalDate> rated =
            due.minusDays(EARLIEST)
                .datesUntil(due)
                .filter(day -> CALENDAR.dueDate(day, days).date().equals(due))
                .reduce((first, next) -> next);
        if (rated.isPresent()) {
          store(tenant, bad(service, noon(rated.get())));
        }
      }
    }
  }

  /**
   * What never counts: a follow-up, a unit's DISSATISFIED rating, other grades (one called back), a
   * response text alone, and a bad review regraded (no writer does; the counts follow).
   */
  private static void notCounted(String tenant, long service) throws SQLException {
    Instant rated = beijing("2026-02-13T10:00:00");
    UUID first = store(tenant, bad(service, rated));
    store(tenant, bad(service, rated.plusSeconds(60)).followUpOf(first));
    store(tenant, bad(service, rated).byUnit());
    store(tenant, bad(service, rated).graded(Grade.SATISFIED).calledBack(rated));
    store(tenant, bad(service, rated).graded(Grade.BASICALLY_SATISFIED));
    assertEquals(1, BadReviewRows.update(tenant, "response = '已阅'", List.of(first)));
    UUID regraded = store(tenant, bad(service, rated));
    assertEquals(1, BadReviewRows.update(tenant, "grade = 'SATISFIED'", List.of(regraded)));
  }

  // ---------------------------------------------------------------- checks

  /**
   * The five counts answered at {@code path} (under {@code member}, or at the top) equal the
   * domain's over the raw rows, at an instant taken just before or just after the answer; those.
   */
  private RectificationRate assertAnswered(
      String path, String member, Optional<Long> service, StatisticsPeriod period)
      throws Exception {
    Instant before = Instant.now();
    JsonObject json = json(path);
    Instant after = Instant.now();
    JsonObject figures = member.isEmpty() ? json : json.getJsonObject(member);
    RectificationRate answered = answered(figures.getJsonObject("rectification"));
    RectificationRate expected = BadReviewRows.rate(TENANT, service, period, before);
    if (!answered.equals(expected)) {
      expected = BadReviewRows.rate(TENANT, service, period, after);
    }
    assertEquals(expected, answered, path);
    return answered;
  }

  /** Each stage done in time, done late or overdue, and still open somewhere in the scenario. */
  private static void assertEveryState(RectificationRate rate) {
    assertTrue(rate.calledBackInTime() > 0, rate.toString());
    assertTrue(rate.callbackDecided() > rate.calledBackInTime(), rate.toString());
    assertTrue(rate.badReviews() > rate.callbackDecided(), rate.toString());
    assertTrue(rate.rectifiedInTime() > 0, rate.toString());
    assertTrue(rate.rectificationDecided() > rate.rectifiedInTime(), rate.toString());
    assertTrue(rate.badReviews() > rate.rectificationDecided(), rate.toString());
  }

  private static RectificationRate answered(JsonObject json) {
    return new RectificationRate(
        json.getJsonNumber("badReviews").longValue(),
        json.getJsonNumber("calledBackInTime").longValue(),
        json.getJsonNumber("callbackDecided").longValue(),
        json.getJsonNumber("rectifiedInTime").longValue(),
        json.getJsonNumber("rectificationDecided").longValue());
  }

  /** The Beijing years of the scenario: 2026 and those of its days before today. */
  private static Set<Year> years() {
    LocalDate today = LocalDate.now(OfficialCalendar.ZONE);
    return new TreeSet<>(
        List.of(Year.of(2026), Year.from(today), Year.from(today.minusDays(EARLIEST))));
  }

  // ---------------------------------------------------------------- helpers

  private static Instant noon(LocalDate day) {
    return day.atTime(12, 0).atZone(OfficialCalendar.ZONE).toInstant();
  }

  private static Instant beijing(String dateTime) {
    return ZonedDateTime.parse(dateTime + "+08:00[Asia/Shanghai]").toInstant();
  }

  /** The end of the deadline of a rating given at {@code rated}: 24:00 of its due date. */
  private static Instant end(Instant rated, WorkingDays days) {
    return CALENDAR.dueDate(OfficialCalendar.dateOf(rated), days).endsAt().toInstant();
  }

  /** The deadline's last microsecond, as PostgreSQL keeps time. */
  private static Instant last(Instant rated, WorkingDays days) {
    return end(rated, days).minusNanos(1_000);
  }

  private static String tenantWide(String query) {
    return "api/v1/tenants/" + TENANT + "/satisfaction?" + query;
  }

  private static long count(Connection c, String where) throws SQLException {
    try (PreparedStatement query =
            c.prepareStatement("select count(*) from rectification_count " + where);
        ResultSet row = query.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }

  private JsonObject json(String path) throws Exception {
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(new URL(base, path).toURI()).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, answer.statusCode(), path + ": " + answer.body());
    return Json.createReader(new StringReader(answer.body())).readObject();
  }
}
