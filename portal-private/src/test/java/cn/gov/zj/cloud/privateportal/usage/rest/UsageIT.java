package cn.gov.zj.cloud.privateportal.usage.rest;

import static cn.gov.zj.cloud.privateportal.Deployments.actAs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.application.ResourceLine;
import cn.gov.zj.cloud.domain.application.ResourcePlan;
import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.domain.i18n.Messages;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.tenant.TenantId;
import cn.gov.zj.cloud.domain.usage.AdviceKind;
import cn.gov.zj.cloud.domain.usage.DailySample;
import cn.gov.zj.cloud.domain.usage.UsageRules;
import cn.gov.zj.cloud.domain.validation.FieldError;
import cn.gov.zj.cloud.domain.validation.InvalidInputException;
import cn.gov.zj.cloud.privateportal.PdfText;
import cn.gov.zj.cloud.privateportal.TenantSql;
import cn.gov.zj.cloud.privateportal.TenantSql.AllocatedUnit;
import cn.gov.zj.cloud.privateportal.calendar.WorkingCalendar;
import cn.gov.zj.cloud.privateportal.security.AccessDenied;
import cn.gov.zj.cloud.privateportal.tenant.NotFound;
import cn.gov.zj.cloud.privateportal.tenant.RowScope;
import cn.gov.zj.cloud.privateportal.usage.MonthSummary;
import cn.gov.zj.cloud.privateportal.usage.MonthlyReports;
import cn.gov.zj.cloud.privateportal.usage.ReportPdf;
import cn.gov.zj.cloud.privateportal.usage.ReportSheet;
import cn.gov.zj.cloud.privateportal.usage.UsageIntake;
import cn.gov.zj.cloud.privateportal.usage.UsageThresholds;
import cn.gov.zj.cloud.privateportal.usage.UtilizationReport;
import cn.gov.zj.cloud.privateportal.usage.UtilizationReports;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Art. 15: the usage intake (JSON and CSV, replacement, whole-batch refusal naming row and column),
 * the monthly report against a known data set as JSON, PDF (Chinese text) and XLSX, who reads it,
 * and the monthly job delivering once, in Payara Micro on PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
class UsageIT {

  @Deployment
  static WebArchive deployment() {
    return PdfText.portal();
  }

  /** Known data set: hosts 2 × 8 vCPU (line 0), bandwidth (line 1), in October 2026. */
  private static final ResourcePlan PLAN =
      ResourcePlan.of(
          List.of(
              new ResourceLine.CloudHost(2, 8, 16, 40, 0, "Linux"),
              new ResourceLine.Bandwidth(100)));

  private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

  @Inject HttpServletRequest request;
  @Inject UsageIntake intake;
  @Inject UtilizationReports reports;
  @Inject UsageThresholds thresholds;
  @EJB MonthlyReports monthly;
  @EJB WorkingCalendar calendar;

  @Resource(lookup = "java:app/jdbc/private")
  DataSource dataSource;

  /** A unit of the tenant with its credit code, and its application holding {@link #PLAN}. */
  private AllocatedUnit fixture(String tenant) throws Exception {
    return new TenantSql(dataSource).allocatedUnit(tenant, "用量测试单位", "用量系统", PLAN);
  }

  private static String json(long application, int line, String date, double p95, double mem) {
    return "{\"applicationId\":%d,\"line\":%d,\"date\":\"%s\",\"cpuAvgPct\":%s,\"cpuP95Pct\":%s,\"memAvgPct\":%s,\"diskUsedGiB\":120.5,\"bandwidthP95Mbps\":8}"
        .formatted(application, line, date, p95 / 2, p95, mem);
  }

  private UsageIntake.Outcome postJson(String tenant, List<String> samples) {
    actAs(request, tenant, null, Role.PROVIDER_OPERATOR);
    UsageInput.Batch batch = UsageInput.json("{\"samples\":[" + String.join(",", samples) + "]}");
    return intake.ingest(batch.drafts(), batch.rowName());
  }

  private UsageIntake.Outcome postCsv(String tenant, String csv) {
    actAs(request, tenant, null, Role.PROVIDER_OPERATOR);
    UsageInput.Batch batch = UsageInput.csv(String.join(",", DailySample.COLUMNS) + "\n" + csv);
    return intake.ingest(batch.drafts(), batch.rowName());
  }

  private long stored(String tenant, long application) throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      RowScope.tenant(connection, new TenantId(tenant));
      try (PreparedStatement select =
          connection.prepareStatement(
              "select count(*) from usage_sample where application_id = ?")) {
        select.setLong(1, application);
        try (ResultSet rows = select.executeQuery()) {
          rows.next();
          return rows.getLong(1);
        }
      } finally {
        connection.commit();
      }
    }
  }

  private static Set<String> fields(InvalidInputException e) {
    return e.errors().stream().map(FieldError::field).collect(Collectors.toSet());
  }

  /** October: line 0 at 24 % CPU p95 on all 31 days, line 1 on 10 days only. */
  private void october(AllocatedUnit f) {
    List<String> samples = new ArrayList<>();
    for (int day = 1; day <= 31; day++) {
      samples.add(json(f.applicationId(), 0, OCTOBER.atDay(day).toString(), 24, 50));
      if (day <= 10) {
        samples.add(json(f.applicationId(), 1, OCTOBER.atDay(day).toString(), 0, 0));
      }
    }
    postJson(f.tenant(), samples);
  }

  private UtilizationReport reportAs(AllocatedUnit f, Role role, String unitCode) {
    actAs(request, f.tenant(), unitCode, role);
    return reports.unitReport(f.unitId(), OCTOBER);
  }

  @Test
  @DisplayName(
      "Art. 15: samples as JSON and CSV are stored; the same application, line and day replaces")
  void art15_ingestJsonAndCsvAndReplace() throws Exception {
    AllocatedUnit f = fixture("hangzhou");
    long app = f.applicationId();
    UsageIntake.Outcome first =
        postJson(
            "hangzhou",
            List.of(json(app, 0, "2026-11-01", 30, 40), json(app, 1, "2026-11-01", 0, 0)));
    assertEquals(new UsageIntake.Outcome(2, 0), first);
    UsageIntake.Outcome again = postJson("hangzhou", List.of(json(app, 0, "2026-11-01", 35, 40)));
    assertEquals(new UsageIntake.Outcome(0, 1), again);
    UsageIntake.Outcome csv =
        postCsv(
            "hangzhou", app + ",0,2026-11-02,10,20,30,40,5\n" + app + ",1,2026-11-01,0,0,0,0,9\n");
    assertEquals(new UsageIntake.Outcome(1, 1), csv);
    assertEquals(3, stored("hangzhou", app));
  }

  @Test
  @DisplayName(
      "Art. 15: a key stored by a batch beside this one, after this batch looked, is replaced, not"
          + " refused (the plain insert falls back to the upsert)")
  void art15_keyStoredBesideTheBatchIsReplaced() throws Exception {
    AllocatedUnit f = fixture("hangzhou");
    long app = f.applicationId();
    CountDownLatch inserted = new CountDownLatch(1);
    ExecutorService beside = Executors.newSingleThreadExecutor();
    try {
      Future<?> other =
          beside.submit(
              () -> {
                try (Connection connection = dataSource.getConnection()) {
                  connection.setAutoCommit(false);
                  try (PreparedStatement scope =
                          connection.prepareStatement(
                              "select set_config('app.tenant', 'hangzhou', true)");
                      PreparedStatement insert =
                          connection.prepareStatement(
                              "insert into usage_sample values ('hangzhou', ?, 0, '2026-11-20',"
                                  + " 1, 2, 3, 4, 5, now())")) {
                    scope.execute();
                    insert.setLong(1, app);
                    insert.executeUpdate();
                  }
                  inserted.countDown();
                  Thread.sleep(1500);
                  connection.commit();
                }
                return null;
              });
      assertTrue(inserted.await(30, TimeUnit.SECONDS));
      UsageIntake.Outcome outcome =
          postJson(
              "hangzhou",
              List.of(json(app, 0, "2026-11-20", 30, 40), json(app, 1, "2026-11-20", 0, 0)));
      other.get(30, TimeUnit.SECONDS);
      assertEquals(new UsageIntake.Outcome(1, 1), outcome);
      assertEquals(2, stored("hangzhou", app));
    } finally {
      beside.shutdownNow();
    }
  }

  @Test
  @DisplayName(
      "Art. 15: one bad row refuses the whole batch, naming row and column; nothing is stored")
  void art15_badRowRefusesTheBatch() throws Exception {
    AllocatedUnit f = fixture("hangzhou");
    long app = f.applicationId();
    InvalidInputException json =
        assertThrows(
            InvalidInputException.class,
            () ->
                postJson(
                    "hangzhou",
                    List.of(
                        json(app, 0, "2026-11-01", 30, 40),
                        json(app, 0, "2026-11-02", 120, 40),
                        json(app, 5, "2026-11-03", 30, 40))));
    assertEquals(Set.of("samples[1].cpuP95Pct", "samples[2].line"), fields(json));
    InvalidInputException csv =
        assertThrows(
            InvalidInputException.class,
            () ->
                postCsv(
                    "hangzhou",
                    app + ",0,2026-11-01,1,2,3,4,5\n" + app + ",0,2026-13-01,1,2,3,4,5\n"));
    assertEquals(Set.of("rows[3].date"), fields(csv));
    String row = app + ",0,2026-11-01,1,2,3,4,5\n";
    WebApplicationException tooMany =
        assertThrows(
            WebApplicationException.class,
            () -> postCsv("hangzhou", row.repeat(UsageIntake.MAX_SAMPLES + 1)));
    assertEquals(413, tooMany.getResponse().getStatus());
    assertEquals(0, stored("hangzhou", app));
  }

  @Test
  @DisplayName(
      "Art. 15, Art. 4: only the provider sends usage; a unit's staff is 403, nothing stored")
  void art15_wrongRoleIs403() throws Exception {
    AllocatedUnit f = fixture("hangzhou");
    actAs(request, "hangzhou", f.creditCode(), Role.UNIT_APPLICANT);
    UsageInput.Batch batch =
        UsageInput.json("{\"samples\":[" + json(f.applicationId(), 0, "2026-11-01", 1, 1) + "]}");
    assertThrows(AccessDenied.class, () -> intake.ingest(batch.drafts(), batch.rowName()));
    actAs(request, "hangzhou", null, Role.SECURITY_SUPERVISOR);
    assertThrows(AccessDenied.class, () -> reports.unitReport(f.unitId(), OCTOBER));
    assertEquals(0, stored("hangzhou", f.applicationId()));
  }

  @Test
  @DisplayName(
      "Art. 5: another tenant's application is an unknown one (400), its unit's report 404")
  void art15_otherTenantIsUnknown() throws Exception {
    AllocatedUnit f = fixture("hangzhou");
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> postJson("ningbo", List.of(json(f.applicationId(), 0, "2026-11-01", 1, 1))));
    assertEquals(Set.of("samples[0].applicationId"), fields(e));
    actAs(request, "ningbo", null, Role.REVIEWER);
    assertThrows(NotFound.class, () -> reports.unitReport(f.unitId(), OCTOBER));
    AllocatedUnit other = fixture("hangzhou");
    actAs(request, "hangzhou", other.creditCode(), Role.UNIT_APPLICANT);
    assertThrows(NotFound.class, () -> reports.unitReport(f.unitId(), OCTOBER), "another unit");
    assertEquals(0, stored("hangzhou", f.applicationId()));
  }

  @Test
  @DisplayName("Art. 15: the report's figures and advice of a known month; a bad month is 400")
  void art15_reportFiguresOfAKnownMonth() throws Exception {
    AllocatedUnit f = fixture("hangzhou");
    october(f);
    JsonObject report =
        ReportJson.of(reportAs(f, Role.UNIT_SECURITY_OFFICER, f.creditCode()), Messages.CHINESE);
    JsonObject hosts =
        report.getJsonArray("systems").getJsonObject(0).getJsonArray("lines").getJsonObject(0);
    assertEquals(31, hosts.getInt("daysReported"));
    assertEquals(24.0, hosts.getJsonNumber("cpuP95Pct").doubleValue());
    assertEquals(12.0, hosts.getJsonNumber("cpuAvgPct").doubleValue());
    assertEquals(50.0, hosts.getJsonNumber("memAvgPct").doubleValue());
    assertEquals(8, hosts.getJsonObject("allocation").getInt("vcpu"));
    assertTrue(report.getBoolean("dataMissing"));
    var advice = report.getJsonArray("advice");
    assertEquals(2, advice.size(), advice.toString());
    JsonObject over = advice.getJsonObject(0);
    assertEquals("OVER_PROVISIONED", over.getString("kind"));
    assertEquals(4, over.getJsonObject("suggested").getInt("vcpu"));
    assertEquals(8, over.getJsonObject("suggested").getInt("vcpuSaved"));
    assertEquals("NO_DATA", advice.getJsonObject(1).getString("kind"));
    assertEquals(1, advice.getJsonObject(1).getInt("line"));
    assertTrue(report.getJsonObject("operations").containsKey("changesExecuted"));
    actAs(request, "hangzhou", null, Role.REVIEWER);
    for (String month : List.of("2026-13", "26-10", "2099-01", "")) {
      InvalidInputException e =
          assertThrows(InvalidInputException.class, () -> reports.month(month));
      assertEquals(Set.of("month"), fields(e));
    }
  }

  @Test
  @DisplayName(
      "Art. 13–15: the O&M summary counts the month's faults against their targets, the service"
          + " requests by kind and the training attended")
  void art15_omSummaryCountsFaultsServiceRequestsAndTraining() throws Exception {
    AllocatedUnit f = fixture("hangzhou");
    october(f);
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      RowScope.tenant(connection, new TenantId("hangzhou"));
      try (PreparedStatement fault =
              connection.prepareStatement(
                  "insert into fault (tenant_id, system_id, unit_id, application_id, severity,"
                      + " title, description, state, reported_by, reported_at, response_target,"
                      + " resolution_target, response_due, resolution_due, acknowledged_at,"
                      + " resolved_at, updated_at) select tenant_id, system_id, unit_id, id,"
                      + " 'P2', '数据库连接超时', '无法连接', 'RESOLVED', 'u',"
                      + " '2026-10-10 10:00+08', '30m', '8h', '2026-10-10 10:30+08',"
                      + " '2026-10-10 18:00+08', '2026-10-10 10:20+08', '2026-10-10 19:00+08',"
                      + " now() from application where id = ?");
          PreparedStatement request =
              connection.prepareStatement(
                  "insert into service_request (tenant_id, unit_id, system_id, kind, subject,"
                      + " description, state, opened_by, opened_at, response_due) select"
                      + " tenant_id, unit_id, system_id, 'CONSULTING', '咨询', '迁移评估', 'OPEN',"
                      + " 'u', '2026-10-12 09:00+08', '2026-10-13' from application where id = ?")) {
        fault.setLong(1, f.applicationId());
        assertEquals(1, fault.executeUpdate());
        request.setLong(1, f.applicationId());
        assertEquals(1, request.executeUpdate());
      }
      connection.commit();
    }
    JsonObject operations =
        ReportJson.of(reportAs(f, Role.REVIEWER, null), Messages.CHINESE)
            .getJsonObject("operations");
    assertEquals(1, operations.getInt("faults.P2.reported"), operations.toString());
    assertEquals(1, operations.getInt("faults.P2.responseMet"));
    assertEquals(0, operations.getInt("faults.P2.resolutionMet"));
    assertEquals(0, operations.getInt("faults.P1.reported"));
    assertEquals(1, operations.getInt("serviceRequests.CONSULTING"));
    assertEquals(0, operations.getInt("serviceRequests.MIGRATION_HELP"));
    assertEquals(0, operations.getInt("trainingAttended"));
  }

  @Test
  @DisplayName(
      "Art. 15: the PDF carries the report in Chinese (text extracted), the XLSX opens in POI")
  void art15_pdfAndXlsx() throws Exception {
    AllocatedUnit f = fixture("hangzhou");
    october(f);
    UtilizationReport report = reportAs(f, Role.TENANT_ADMIN, null);
    byte[] pdf = ReportPdf.write(report, Messages.CHINESE);
    String text = PdfText.of(pdf);
    assertTrue(text.contains("月度资源利用报告"), text);
    assertTrue(text.contains(report.unitName()), text);
    assertTrue(text.contains("配置过高"), text);
    assertTrue(text.contains("用量系统"), text);
    byte[] xlsx = ReportSheet.write(report, Messages.CHINESE);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      assertEquals(3, book.getNumberOfSheets());
      Sheet table = book.getSheetAt(0);
      assertEquals("应用系统", table.getRow(0).getCell(0).getStringCellValue());
      assertEquals("用量系统", table.getRow(1).getCell(0).getStringCellValue());
      assertEquals(31, table.getRow(1).getCell(4).getNumericCellValue());
      assertEquals(24.0, table.getRow(1).getCell(6).getNumericCellValue());
      assertTrue(book.getSheetAt(2).getRow(1).getCell(3).getStringCellValue().contains("可节省 8 核"));
    }
  }

  private int notices(String tenant, String kind, String role, Long unit) throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      RowScope.tenant(connection, new TenantId(tenant));
      try (PreparedStatement select =
          connection.prepareStatement(
              "select count(*) from notification where kind = ? and recipient_role = ?"
                  + " and recipient_unit is not distinct from ? and arguments like ?")) {
        select.setString(1, kind);
        select.setString(2, role);
        select.setObject(3, unit);
        select.setString(4, "%2026-10%");
        try (ResultSet rows = select.executeQuery()) {
          rows.next();
          return rows.getInt(1);
        }
      } finally {
        connection.commit();
      }
    }
  }

  @Test
  @DisplayName(
      "Art. 15: on the first working day the month's reports go to the unit and the reviewer, once")
  void art15_monthlyJobDeliversOnce() throws Exception {
    AllocatedUnit f = fixture("quzhou");
    october(f);
    OfficialCalendar days = calendar.current();
    LocalDate first = LocalDate.of(2026, 11, 1);
    while (!days.isWorkingDay(first)) {
      first = first.plusDays(1);
    }
    LocalDate second = first.plusDays(1);
    while (!days.isWorkingDay(second)) {
      second = second.plusDays(1);
    }
    Instant at = first.atTime(9, 0).atZone(OfficialCalendar.ZONE).toInstant();
    assertEquals(0, monthly.run("quzhou", days, second, at), "not the first working day");
    int units = monthly.run("quzhou", days, first, at);
    assertTrue(units >= 1, "units reported: " + units);
    assertEquals(0, monthly.run("quzhou", days, first, at.plusSeconds(3600)), "once");
    assertEquals(1, notices("quzhou", "USAGE_REPORT", "unit-applicant", f.unitId()));
    assertEquals(1, notices("quzhou", "USAGE_SUMMARY", "reviewer", null));
    assertFalse(notices("quzhou", "USAGE_REPORT", "reviewer", null) < 1, "the reviewer's copy");
    assertFalse(notices("quzhou", "USAGE_DATA_MISSING", "reviewer", null) < 1, "data missing");
    actAs(request, "quzhou", null, Role.REVIEWER);
    MonthSummary line =
        reports.summary(OCTOBER).stream()
            .filter(unit -> unit.unitId() == f.unitId())
            .findFirst()
            .orElseThrow();
    assertTrue(line.dataMissing());
    assertEquals(2, line.advice());
    actAs(request, "quzhou", f.creditCode(), Role.UNIT_APPLICANT);
    assertThrows(AccessDenied.class, () -> reports.summary(OCTOBER));
  }

  @Test
  @DisplayName(
      "Art. 15, Art. 25: the tenant's own thresholds govern its reports; only its admin sets them")
  void art25_localThresholdsGovernTheAdvice() throws Exception {
    AllocatedUnit f = fixture("zhoushan");
    october(f);
    Map<String, Integer> strict = new HashMap<>(UsageRules.PROVINCIAL.values());
    strict.put("overPct", 20);
    actAs(request, "zhoushan", null, Role.REVIEWER);
    assertThrows(AccessDenied.class, () -> thresholds.set(strict));
    actAs(request, "zhoushan", null, Role.TENANT_ADMIN);
    Map<String, Integer> disorder = new HashMap<>(strict);
    disorder.put("targetPct", 90);
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> thresholds.set(disorder));
    assertEquals(Set.of("underPct"), fields(e));
    assertEquals(UsageRules.PROVINCIAL, thresholds.inForce());
    assertEquals(
        AdviceKind.OVER_PROVISIONED, reportAs(f, Role.REVIEWER, null).advice().get(0).kind());
    actAs(request, "zhoushan", null, Role.TENANT_ADMIN);
    thresholds.set(strict);
    assertEquals(20, thresholds.inForce().overPct());
    UtilizationReport report = reportAs(f, Role.REVIEWER, null);
    assertEquals(
        List.of(AdviceKind.NO_DATA),
        report.advice().stream().map(a -> a.kind()).toList(),
        "24 % is no longer below the tenant's 20 %");
  }
}
