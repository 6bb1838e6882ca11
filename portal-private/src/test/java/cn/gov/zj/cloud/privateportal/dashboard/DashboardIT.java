package cn.gov.zj.cloud.privateportal.dashboard;

import static cn.gov.zj.cloud.privateportal.Deployments.actAs;
import static cn.gov.zj.cloud.privateportal.Deployments.demoUnit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.application.ApplicationState;
import cn.gov.zj.cloud.domain.application.Step;
import cn.gov.zj.cloud.domain.dashboard.DashboardYear;
import cn.gov.zj.cloud.domain.fault.Severity;
import cn.gov.zj.cloud.domain.registry.CloudStatus;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.validation.FieldError;
import cn.gov.zj.cloud.domain.validation.InvalidInputException;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.Deployments;
import cn.gov.zj.cloud.privateportal.SheetRows;
import cn.gov.zj.cloud.privateportal.TenantSql;
import cn.gov.zj.cloud.privateportal.application.Applications;
import cn.gov.zj.cloud.privateportal.application.CloudApplication;
import cn.gov.zj.cloud.privateportal.dashboard.rest.DashboardJson;
import cn.gov.zj.cloud.privateportal.dashboard.web.DashboardSheets;
import cn.gov.zj.cloud.privateportal.fault.Faults;
import cn.gov.zj.cloud.privateportal.registry.AppSystem;
import cn.gov.zj.cloud.privateportal.registry.Systems;
import cn.gov.zj.cloud.privateportal.security.AccessDenied;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Art. 4, 5, 8–23: the dashboards in Payara Micro on PostgreSQL: every figure equals a direct SQL
 * count of the same rows; units' and citizens' ratings apart; another tenant's rows never appear;
 * wrong roles 403, a bad year 400 naming {@code year}; the province's cities side by side with the
 * total and the ranking; the XLSX export read back with POI.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardIT {

  private static final String TENANT = "shaoxing";
  private static final String OTHER = "huzhou";
  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @Inject HttpServletRequest request;
  @Inject Dashboards dashboards;
  @Inject Applications applications;
  @Inject Systems systems;
  @Inject Faults faults;
  @Inject Clock clock;

  @Resource(lookup = "java:app/jdbc/private")
  DataSource dataSource;

  // ---- test data, written as the writers would leave it ----

  /** A system of the tenant's demo unit with an application, put in {@code state}. */
  private CloudApplication application(String tenant, ApplicationState state) throws Exception {
    AppSystem system = Deployments.system(request, systems, tenant, "驾驶舱-", CloudStatus.ON_CLOUD);
    CloudApplication draft =
        applications.open(
            system.getId(), List.of(Deployments.bandwidth(10)), null, new Violations());
    sql(tenant, "update application set state = ? where id = ?", state.name(), draft.getId());
    return draft;
  }

  /** A step of {@code application} that began {@code began} and closed {@code closed}. */
  private void closedStep(
      String tenant, long application, Step step, Instant began, Instant closed, boolean met)
      throws Exception {
    String insert =
        "insert into application_event (tenant_id, application_id, occurred_at, actor, action,"
            + " to_state, details) values (?, ?, ?, 'test', ?, 'ACCEPTED', ?)";
    sql(tenant, insert, tenant, application, Timestamp.from(began), "submit", "{}");
    String details =
        "{\"attachments\":[],\"closedStep\":{\"step\":\""
            + step.name()
            + "\",\"due\":\"2026-01-05\",\"met\":"
            + met
            + "}}";
    sql(tenant, insert, tenant, application, Timestamp.from(closed), "accept", details);
  }

  private UUID rating(String tenant, String kind, String grade, UUID followUpOf) throws Exception {
    UUID id = UUID.randomUUID();
    sql(
        tenant,
        "insert into service_rating (rating_id, tenant_id, kind, grade, rated_at, follow_up_of,"
            + " received_at) values (?, ?, ?, ?, ?, ?, ?)",
        id,
        tenant,
        kind,
        grade,
        Timestamp.from(clock.instant()),
        followUpOf,
        Timestamp.from(clock.instant()));
    return id;
  }

  private void rectification(String tenant, UUID rating, LocalDate reportDue) throws Exception {
    sql(
        tenant,
        "insert into rectification (tenant_id, rating_id, responsible, opened_at, callback_due,"
            + " report_due) values (?, ?, 'PROVIDER', ?, ?, ?)",
        tenant,
        rating,
        Timestamp.from(clock.instant()),
        Date.valueOf(reportDue),
        Date.valueOf(reportDue));
  }

  private void usage(String tenant, long application, LocalDate day, double cpu) throws Exception {
    sql(
        tenant,
        "insert into usage_sample (tenant_id, application_id, line, day, cpu_avg_pct, cpu_p95_pct,"
            + " mem_avg_pct, disk_used_gib, bandwidth_p95_mbps, received_at)"
            + " values (?, ?, 0, ?, ?, ?, 50, 1, 1, ?)",
        tenant,
        application,
        Date.valueOf(day),
        cpu,
        cpu,
        Timestamp.from(clock.instant()));
  }

  /** Some of everything in the tenant this year. */
  private void someOfEverything(String tenant) throws Exception {
    CloudApplication submitted = application(tenant, ApplicationState.SUBMITTED);
    sql(
        tenant,
        "update application set step = 'ACCEPTANCE', due_date = ? where id = ?",
        Date.valueOf(today().minusDays(3)),
        submitted.getId());
    CloudApplication active = application(tenant, ApplicationState.ACTIVE);
    Instant now = clock.instant();
    closedStep(tenant, active.getId(), Step.ACCEPTANCE, now.minus(3, ChronoUnit.DAYS), now, true);
    actAs(request, tenant, demoUnit(tenant), Role.UNIT_SECURITY_OFFICER);
    faults.report(systemOf(tenant, active.getId()), Severity.P3, "驾驶舱故障", "测试", new Violations());
    UUID bad = rating(tenant, "PROVIDER", "DISSATISFIED", null);
    rectification(tenant, bad, today().minusDays(1));
    rating(tenant, "CITIZEN", "SATISFIED", null);
    usage(tenant, active.getId(), today(), 40);
  }

  private long systemOf(String tenant, long application) throws Exception {
    return count(tenant, "select system_id from application where id = ?", application);
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), BEIJING);
  }

  private DashboardYear year() {
    return new DashboardYear(today().getYear());
  }

  private CityFigures city(String tenant) {
    actAs(request, tenant, null, Role.REVIEWER);
    return dashboards.city(null);
  }

  // ---- the direct SQL counts ----

  private long count(String tenant, String query, Object... values) throws Exception {
    return new TenantSql(dataSource).count(tenant, query, values);
  }

  private long inYear(String tenant, String query, Object... more) throws Exception {
    List<Object> values = new ArrayList<>();
    values.add(tenant);
    values.add(Timestamp.from(year().start()));
    values.add(Timestamp.from(year().end()));
    values.addAll(List.of(more));
    return count(tenant, query, values.toArray());
  }

  private void sql(String tenant, String statement, Object... values) throws Exception {
    new TenantSql(dataSource).update(tenant, statement, values);
  }

  // ---- the tests ----

  @Test
  @DisplayName(
      "Art. 4: every figure of the city dashboard equals a direct SQL count of the tenant's rows")
  void art4_cityFiguresEqualDirectSqlCounts() throws Exception {
    someOfEverything(TENANT);
    CityFigures f = city(TENANT);
    assertEquals(TENANT, f.tenant());
    assertEquals(year(), f.year());
    for (ApplicationState state : ApplicationState.values()) {
      assertEquals(
          inYear(
              TENANT,
              "select count(*) from application where tenant_id = ? and created_at >= ?"
                  + " and created_at < ? and state = ?",
              state.name()),
          f.applications().opened(state),
          state.name());
    }
    String today = "(now() at time zone 'Asia/Shanghai')::date";
    for (Step step : Step.values()) {
      String waiting =
          "select count(*) from application where tenant_id = ? and step = ?"
              + " and state not in ('ACTIVE', 'DENIED', 'TERMINATED')";
      assertEquals(
          count(TENANT, waiting, TENANT, step.name()), f.applications().waiting(step).waiting());
      assertEquals(
          count(TENANT, waiting + " and due_date < " + today, TENANT, step.name()),
          f.applications().waiting(step).overdue());
      String closed =
          "select count(*) from application_event where tenant_id = ? and occurred_at >= ?"
              + " and occurred_at < ? and details::jsonb #>> '{closedStep,step}' = ?";
      assertEquals(inYear(TENANT, closed, step.name()), f.steps().step(step).onTime().whole());
      assertEquals(
          inYear(
              TENANT, closed + " and details::jsonb #>> '{closedStep,met}' = 'true'", step.name()),
          f.steps().step(step).onTime().part());
    }
    assertTrue(f.steps().step(Step.ACCEPTANCE).onTime().whole() >= 1);
    String systems = "select count(*) from app_system where tenant_id = ? and retired_at is null";
    assertEquals(count(TENANT, systems, TENANT), f.adoption().registered());
    assertEquals(
        count(TENANT, systems + " and cloud_status = 'ON_CLOUD'", TENANT), f.adoption().onCloud());
    assertEquals(
        count(TENANT, systems + " and cloud_status = 'EXEMPT'", TENANT), f.adoption().exempt());
    assertEquals(
        inYear(
            TENANT,
            "select count(*) from fault where tenant_id = ? and reported_at >= ? and reported_at < ?"),
        f.faults().reported());
    assertTrue(f.faults().reported() >= 1);
    assertEquals(
        count(
            TENANT,
            "select count(*) from rectification where tenant_id = ? and reported_at is null",
            TENANT),
        f.rectifications().open());
    assertEquals(
        count(
            TENANT,
            "select count(*) from rectification where tenant_id = ? and reported_at is null"
                + " and report_due < "
                + today,
            TENANT),
        f.rectifications().overdue());
    assertEquals(
        count(
            TENANT,
            "select count(*) from finding where tenant_id = ? and state in ('OPEN', 'SUBMITTED')",
            TENANT),
        f.findings().open());
    assertEquals(
        count(
            TENANT,
            "select count(*) from usage_sample where tenant_id = ? and extract(year from day) = ?",
            TENANT,
            year().value()),
        f.utilization().samples().total());
    assertEquals(
        count(
            TENANT,
            "select count(*) from application where tenant_id = ? and state in ('IN_TRIAL',"
                + " 'EXTENSION_REQUESTED', 'TESTS_SUBMITTED', 'ACTIVE', 'CHANGE_REQUESTED',"
                + " 'CHANGE_APPROVED', 'TERMINATION_REQUESTED', 'TERMINATION_APPROVED')",
            TENANT),
        f.applications().holdingResources());
  }

  @Test
  @DisplayName(
      "Art. 23: units' and citizens' ratings are counted apart, first ratings only (a follow-up"
          + " after a bad review is not a second rating)")
  void art23_unitsAndCitizensCountedApart() throws Exception {
    Satisfaction before = city(TENANT).satisfaction();
    UUID bad = rating(TENANT, "PROVIDER", "DISSATISFIED", null);
    rating(TENANT, "PROVIDER", "DISSATISFIED", bad);
    rating(TENANT, "CITIZEN", "VERY_SATISFIED", null);
    rating(TENANT, "CITIZEN", "BASICALLY_SATISFIED", null);
    Satisfaction after = city(TENANT).satisfaction();
    assertEquals(before.units().year().whole() + 1, after.units().year().whole());
    assertEquals(before.units().year().part(), after.units().year().part());
    assertEquals(before.citizens().year().whole() + 2, after.citizens().year().whole());
    assertEquals(before.citizens().year().part() + 2, after.citizens().year().part());
    assertEquals(
        inYear(
            TENANT,
            "select count(*) from service_rating where tenant_id = ? and rated_at >= ?"
                + " and rated_at < ? and kind = 'PROVIDER' and follow_up_of is null"),
        after.units().year().whole());
  }

  @Test
  @DisplayName(
      "Art. 8: steps closed in and past time raise the step's on-time count and its handling"
          + " days in working days")
  void art8_closedStepsCounted() throws Exception {
    CityFigures before = city(TENANT);
    CloudApplication application = application(TENANT, ApplicationState.ACTIVE);
    Instant closed = clock.instant();
    Instant began = closed.minus(14, ChronoUnit.DAYS);
    closedStep(TENANT, application.getId(), Step.CHANGE_APPROVAL, began, closed, false);
    closedStep(TENANT, application.getId(), Step.CHANGE_APPROVAL, closed, closed, true);
    var after = city(TENANT).steps().step(Step.CHANGE_APPROVAL);
    var was = before.steps().step(Step.CHANGE_APPROVAL);
    assertEquals(was.onTime().whole() + 2, after.onTime().whole());
    assertEquals(was.onTime().part() + 1, after.onTime().part());
    assertEquals(
        was.days().counts().getOrDefault(0, 0L) + 1, after.days().counts().getOrDefault(0, 0L));
    assertTrue(after.medianDays().isPresent());
    assertEquals(5, after.limitDays());
  }

  @Test
  @DisplayName("Attack: another tenant's rows never appear in a city's figures")
  void attack_anotherTenantsRowsNeverAppear() throws Exception {
    CityFigures before = city(TENANT);
    someOfEverything(OTHER);
    rating(OTHER, "CITIZEN", "SATISFIED", null);
    CityFigures after = city(TENANT);
    assertEquals(before.satisfaction().citizens().year(), after.satisfaction().citizens().year());
    assertEquals(before.faults().reported(), after.faults().reported());
    assertEquals(before.adoption(), after.adoption());
    assertEquals(before.rectifications(), after.rectifications());
    assertEquals(before.applications().opened().total(), after.applications().opened().total());
    assertEquals(OTHER, city(OTHER).tenant());
  }

  @Test
  @DisplayName(
      "Attack (wrong role): applicants, operators, supervisors and the province admin get 403"
          + " on a city dashboard; a city's administrator gets 403 on the province's")
  void attack_wrongRole403() {
    for (Role role :
        List.of(
            Role.UNIT_APPLICANT,
            Role.UNIT_SECURITY_OFFICER,
            Role.PROVIDER_OPERATOR,
            Role.SECURITY_SUPERVISOR)) {
      actAs(request, TENANT, role.isUnitStaff() ? demoUnit(TENANT) : null, role);
      assertThrows(AccessDenied.class, () -> dashboards.city(null), role.name());
      assertThrows(AccessDenied.class, () -> dashboards.province(null), role.name());
    }
    actAs(request, "zhejiang", null, Role.PROVINCE_ADMIN);
    assertThrows(AccessDenied.class, () -> dashboards.city(null));
    actAs(request, TENANT, null, Role.TENANT_ADMIN);
    assertThrows(AccessDenied.class, () -> dashboards.province(null));
    actAs(request, TENANT, null, Role.PROVINCE_ADMIN);
    assertThrows(AccessDenied.class, () -> dashboards.province(null));
    actAs(request, TENANT, null, Role.TENANT_ADMIN);
    assertEquals(TENANT, dashboards.city(null).tenant());
  }

  @Test
  @DisplayName(
      "Attack (bad input): a year outside 2000–2100 or not a number is 400 naming year; a wrong"
          + " role with a bad year is still 403")
  void attack_badYear400() {
    actAs(request, TENANT, null, Role.REVIEWER);
    for (String bad : List.of("1999", "2101", "abc", "2026-01", "1e3", "-2026", "２０２６")) {
      InvalidInputException refused =
          assertThrows(InvalidInputException.class, () -> dashboards.city(bad), bad);
      assertEquals(List.of("year"), refused.errors().stream().map(FieldError::field).toList(), bad);
    }
    assertEquals(2025, dashboards.city("2025").year().value());
    actAs(request, "zhejiang", null, Role.PROVINCE_ADMIN);
    assertThrows(InvalidInputException.class, () -> dashboards.province("0"));
    actAs(request, TENANT, demoUnit(TENANT), Role.UNIT_APPLICANT);
    assertThrows(AccessDenied.class, () -> dashboards.city("abc"));
  }

  @Test
  @DisplayName(
      "Art. 4: the province sees its 11 cities side by side, each as the city sees itself, the"
          + " total their sum, ranked by on-time rate as the JSON states")
  void art4_provinceComparesCities() throws Exception {
    someOfEverything(TENANT);
    CityFigures own = city(TENANT);
    actAs(request, "zhejiang", null, Role.PROVINCE_ADMIN);
    ProvinceFigures province = dashboards.province(null);
    List<String> tenants = province.cities().stream().map(CityFigures::tenant).toList();
    assertEquals(11, tenants.size());
    assertFalse(tenants.contains("zhejiang"));
    CityFigures seen =
        province.cities().stream().filter(c -> c.tenant().equals(TENANT)).findFirst().orElseThrow();
    assertEquals(DashboardJson.city(own), DashboardJson.city(seen));
    long sum = province.cities().stream().mapToLong(c -> c.applications().opened().total()).sum();
    assertEquals(sum, province.total().applications().opened().total());
    long ratings =
        province.cities().stream().mapToLong(c -> c.satisfaction().citizens().year().whole()).sum();
    assertEquals(ratings, province.total().satisfaction().citizens().year().whole());
    var ranks = province.ranking().stream().map(r -> r.rank()).toList();
    assertEquals(1, ranks.get(0));
    for (int i = 1; i < ranks.size(); i++) {
      assertTrue(ranks.get(i) >= ranks.get(i - 1));
    }
    JsonObject json = DashboardJson.province(province);
    assertEquals("onTimeRate", json.getString("rankedBy"));
    assertEquals(11, json.getJsonArray("cities").size());
    JsonObject first = json.getJsonArray("cities").getJsonObject(0);
    assertTrue(first.containsKey("tenant") && first.containsKey("rank"));
    assertEquals(
        List.of("onCloud", "registered", "exempt", "ratio"),
        List.copyOf(json.getJsonObject("total").getJsonObject("adoption").keySet()));
  }

  @Test
  @DisplayName("Art. 4: the XLSX export opens with POI: its sheets, months and steps as the page")
  void art4_exportOpensWithPoi() throws Exception {
    someOfEverything(TENANT);
    CityFigures f = city(TENANT);
    byte[] file = DashboardSheets.city(f, SheetRows.ui(), SheetRows.domain());
    DataFormatter format = new DataFormatter();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      assertEquals(4, book.getNumberOfSheets());
      assertEquals("逐月指标", book.getSheetAt(0).getSheetName());
      assertEquals("法定环节", book.getSheetAt(1).getSheetName());
      var months = book.getSheetAt(0);
      assertEquals(13, months.getPhysicalNumberOfRows());
      int month = today().getMonthValue();
      assertEquals(
          Long.toString(f.applications().opened().month(month)),
          format.formatCellValue(months.getRow(month).getCell(1)));
      var steps = book.getSheetAt(1);
      assertEquals("受理", format.formatCellValue(steps.getRow(1).getCell(0)).substring(0, 2));
      assertEquals(
          Long.toString(f.steps().step(Step.ACCEPTANCE).onTime().whole()),
          format.formatCellValue(steps.getRow(1).getCell(5)));
    }
  }

  @Test
  @DisplayName(
      "Art. 4 (figures): the counters kept as rows change equal a direct count of the"
          + " applications by month and state now, and of first ratings by month, kind and grade")
  void art4_countersEqualDirectCounts() throws Exception {
    someOfEverything(TENANT);
    CloudApplication moved = application(TENANT, ApplicationState.SUBMITTED);
    sql(TENANT, "update application set state = 'ACCEPTED' where id = ?", moved.getId());
    UUID bad = rating(TENANT, "CITIZEN", "DISSATISFIED", null);
    rating(TENANT, "CITIZEN", "SATISFIED", bad);
    String year = "extract(year from %s at time zone 'Asia/Shanghai')::int";
    String month = "extract(month from %s at time zone 'Asia/Shanghai')::int";
    String difference =
        "with kept as (select year::int, month::int, figure::text, item::text, n from"
            + " dashboard_count where tenant_id = ? and n <> 0), direct as (select "
            + year.formatted("created_at")
            + ", "
            + month.formatted("created_at")
            + ", 'OPENED'::text, state::text, count(*) from application where tenant_id = ?"
            + " group by 1, 2, 3, 4 union all select "
            + year.formatted("rated_at")
            + ", "
            + month.formatted("rated_at")
            + ", 'RATED'::text, kind || ':' || grade, count(*) from service_rating"
            + " where tenant_id = ? and follow_up_of is null group by 1, 2, 3, 4)"
            + " select count(*) from ((select * from kept except select * from direct)"
            + " union all (select * from direct except select * from kept)) d";
    for (String tenant : List.of(TENANT, OTHER)) {
      assertEquals(0, count(tenant, difference, tenant, tenant, tenant), tenant);
    }
    assertTrue(
        count(TENANT, "select count(*) from dashboard_count where tenant_id = ?", TENANT) > 0);
  }

  /** Samples of lines {@code from}–{@code to} on {@code day} in one statement, as a batch. */
  private void samples(
      String tenant, long application, LocalDate day, int from, int to, String then)
      throws Exception {
    sql(
        tenant,
        "insert into usage_sample (tenant_id, application_id, line, day, cpu_avg_pct, cpu_p95_pct,"
            + " mem_avg_pct, disk_used_gib, bandwidth_p95_mbps, received_at)"
            + " select ?, ?, l, ?, 10.3 * l, 20, 31.7 + l, 1, 1, now()"
            + " from generate_series(?, ?) l "
            + then,
        tenant,
        application,
        Date.valueOf(day),
        from,
        to);
  }

  @Test
  @DisplayName(
      "Art. 4, 8, 15 (figures): the counters of closed steps and of usage samples equal a direct"
          + " count after batches, replaced samples (upsert) and updates")
  void art4_stepAndUsageCountersEqualDirectCounts() throws Exception {
    someOfEverything(TENANT);
    long application = application(TENANT, ApplicationState.ACTIVE).getId();
    Instant now = clock.instant();
    closedStep(TENANT, application, Step.ACCEPTANCE, now.minus(9, ChronoUnit.DAYS), now, false);
    closedStep(TENANT, application, Step.TRIAL_PROVISION, now, now, true);
    samples(TENANT, application, today(), 1, 5, "");
    samples(
        TENANT,
        application,
        today(),
        3,
        8,
        "on conflict (tenant_id, application_id, day, line) do update set cpu_avg_pct ="
            + " excluded.cpu_avg_pct + 1, mem_avg_pct = excluded.mem_avg_pct - 2");
    sql(
        TENANT,
        "update usage_sample set mem_avg_pct = 77.7 where tenant_id = ? and application_id = ?"
            + " and line = 2",
        TENANT,
        application);
    String steps =
        "with kept as (select closed, step::text, met, began, n from step_count"
            + " where tenant_id = ? and n <> 0), direct as (select (e.occurred_at at time zone"
            + " 'Asia/Shanghai')::date, e.details::jsonb #>> '{closedStep,step}',"
            + " coalesce((e.details::jsonb #>> '{closedStep,met}')::boolean, false),"
            + " (b.began at time zone 'Asia/Shanghai')::date, count(*) from application_event e"
            + " cross join lateral (select p.occurred_at as began from application_event p"
            + " where p.application_id = e.application_id and p.id < e.id order by p.id desc"
            + " limit 1) b where e.tenant_id = ? and e.details::jsonb #>> '{closedStep,step}'"
            + " is not null group by 1, 2, 3, 4)";
    String usage =
        "with kept as (select day, samples, cpu_sum, mem_sum from usage_count where tenant_id = ?"
            + " and (samples <> 0 or cpu_sum <> 0 or mem_sum <> 0)), direct as (select day,"
            + " count(*), sum(cpu_avg_pct::numeric), sum(mem_avg_pct::numeric) from usage_sample"
            + " where tenant_id = ? group by 1)";
    String difference =
        " select count(*) from ((select * from kept except select * from direct)"
            + " union all (select * from direct except select * from kept)) d";
    for (String tenant : List.of(TENANT, OTHER)) {
      assertEquals(0, count(tenant, steps + difference, tenant, tenant), tenant);
      assertEquals(0, count(tenant, usage + difference, tenant, tenant), tenant);
    }
    assertEquals(
        count(
            TENANT,
            "select count(*) from usage_sample where tenant_id = ? and day = ?",
            TENANT,
            Date.valueOf(today())),
        count(
            TENANT,
            "select samples from usage_count where tenant_id = ? and day = ?",
            TENANT,
            Date.valueOf(today())));
    CityFigures f = city(TENANT);
    assertEquals(
        count(
            TENANT,
            "select (round(avg(cpu_avg_pct::numeric), 1) * 10)::bigint from usage_sample where tenant_id = ?"
                + " and extract(year from day) = ?",
            TENANT,
            year().value()),
        f.utilization().cpu(0).orElseThrow().movePointRight(1).longValueExact());
  }
}
