package cn.gov.zj.cloud.privateportal.assessment;

import static cn.gov.zj.cloud.privateportal.Deployments.actAs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.application.ResourceLine;
import cn.gov.zj.cloud.domain.application.ResourcePlan;
import cn.gov.zj.cloud.domain.assessment.AssessmentPeriod;
import cn.gov.zj.cloud.domain.assessment.Rate;
import cn.gov.zj.cloud.domain.assessment.ScoreWeights;
import cn.gov.zj.cloud.domain.assessment.SecurityStatus;
import cn.gov.zj.cloud.domain.assessment.UnitScore;
import cn.gov.zj.cloud.domain.feedback.Grade;
import cn.gov.zj.cloud.domain.i18n.Messages;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.supervision.Adoption;
import cn.gov.zj.cloud.domain.tenant.TenantId;
import cn.gov.zj.cloud.domain.usage.DailySample;
import cn.gov.zj.cloud.domain.validation.FieldError;
import cn.gov.zj.cloud.domain.validation.InvalidInputException;
import cn.gov.zj.cloud.privateportal.AuditProbe;
import cn.gov.zj.cloud.privateportal.Deployments;
import cn.gov.zj.cloud.privateportal.PdfText;
import cn.gov.zj.cloud.privateportal.TenantRows;
import cn.gov.zj.cloud.privateportal.TenantSql;
import cn.gov.zj.cloud.privateportal.TenantSql.AllocatedUnit;
import cn.gov.zj.cloud.privateportal.security.AccessDenied;
import cn.gov.zj.cloud.privateportal.tenant.NotFound;
import cn.gov.zj.cloud.privateportal.usage.DemoUsage;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Art. 22, 23, 25: the units' annual assessment and the provider's assessment against data made
 * here (figures equal to hand and SQL counts), the weights as an audited local rule, who reads
 * what, another tenant's units, bad years and periods, and the PDF reports read back with PDFBox;
 * in Payara Micro on PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
class AssessmentsIT {

  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  /** One cloud host of 8 vCPU: one line a month to judge. */
  private static final ResourcePlan HOST =
      ResourcePlan.of(List.of(new ResourceLine.CloudHost(1, 8, 16, 40, 0, "Linux")));

  @Deployment
  static WebArchive deployment() {
    return PdfText.portal().addClass(TenantRows.class);
  }

  @Inject HttpServletRequest request;
  @Inject UnitAssessments units;
  @Inject ScoreWeightRules weights;
  @Inject ProviderAssessments provider;
  @Inject AuditProbe auditProbe;

  @Resource(lookup = "java:app/jdbc/private")
  DataSource dataSource;

  /** A unit made for the test: its id, name, credit code and its application's id. */
  private record Unit(String tenant, long id, String name, String code, long application) {}

  private void inTenant(String tenant, TenantRows.Work work) throws Exception {
    TenantRows.inTenant(dataSource, tenant, work);
  }

  private static long insert(Connection c, String sql, Object... values) throws Exception {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      if (!sql.contains("returning") && !sql.startsWith("select")) {
        statement.executeUpdate();
        return 0;
      }
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  /** A unit with one system on the cloud holding {@link #HOST}. */
  private Unit unit(String tenant, String prefix) throws Exception {
    AllocatedUnit unit =
        new TenantSql(dataSource).allocatedUnit(tenant, prefix, prefix + "系统", HOST);
    return new Unit(tenant, unit.unitId(), unit.name(), unit.creditCode(), unit.applicationId());
  }

  /** A month of daily samples of the unit's line at {@code p95} % CPU and {@code mem} % memory. */
  private void month(Unit unit, YearMonth month, double p95, double mem) throws Exception {
    List<DailySample> samples = new ArrayList<>();
    for (int day = 1; day <= month.lengthOfMonth(); day++) {
      samples.add(
          new DailySample(unit.application(), 0, month.atDay(day), p95 / 2, p95, mem, 10, 1));
    }
    inTenant(
        unit.tenant(),
        c -> DemoUsage.store(c, new TenantId(unit.tenant()), samples, Instant.now()));
  }

  private void system(Unit unit, String status, String basis) throws Exception {
    inTenant(
        unit.tenant(),
        c ->
            insert(
                c,
                "insert into app_system (tenant_id, unit_id, name, mlps_level, security_officer,"
                    + " cloud_status, exemption_basis, public_facing, created_at, updated_at)"
                    + " values (?, ?, ?, 2, '李四', ?, ?, false, now(), now())",
                unit.tenant(),
                unit.id(),
                status + "-" + UUID.randomUUID(),
                status,
                basis));
  }

  private static YearMonth lastMonth() {
    return YearMonth.now(BEIJING).minusMonths(1);
  }

  private UnitAssessment find(List<UnitAssessment> list, Unit unit) {
    return list.stream().filter(a -> a.unitId() == unit.id()).findFirst().orElseThrow();
  }

  private static List<String> fields(Runnable call) {
    InvalidInputException e = assertThrows(InvalidInputException.class, call::run);
    return e.errors().stream().map(FieldError::field).toList();
  }

  private static Optional<BigDecimal> d(String value) {
    return Optional.of(new BigDecimal(value));
  }

  @Test
  @DisplayName(
      "Art. 22: adoption, efficiency, security, score and rank equal the counts of the data made"
          + " here")
  void art22_figuresEqualHandCounts() throws Exception {
    String tenant = "ningbo";
    YearMonth month = lastMonth();
    int year = month.getYear();
    Unit a = unit(tenant, "考核甲");
    Unit b = unit(tenant, "考核乙");
    system(a, "NOT_MIGRATED", null);
    system(a, "EXEMPT", "涉密系统，依法不上云");
    month(a, month, 50, 50);
    month(b, month, 2, 5);
    long[] counts = new long[2];
    inTenant(
        tenant,
        c -> {
          insert(
              c,
              "update app_system set security_officer_account = 'ningbo.officer' where unit_id = ?",
              b.id());
          insert(
              c,
              "insert into bulletin (tenant_id, month, title, body, published_by, published_at)"
                  + " values (?, ?, '安全通报', '正文', 'ningbo.provider', now())"
                  + " on conflict do nothing",
              tenant,
              year + "-01");
          insert(
              c,
              "insert into bulletin_read (bulletin_id, tenant_id, username, display_name, unit_id,"
                  + " read_at) select id, tenant_id, ?, '乙', ?, now() from bulletin"
                  + " where tenant_id = ? and month = ?",
              "reader-" + b.id(),
              b.id(),
              tenant,
              year + "-01");
          insert(
              c,
              "insert into drill (tenant_id, year, scenario, held_on, participants, result,"
                  + " recorded_by, recorded_at) values (?, ?, '断网演练', ?, ?, '通过', 'x', now())",
              tenant,
              year,
              java.sql.Date.valueOf(LocalDate.of(year, 1, 15)),
              "供应商、" + b.name());
        });
    counts[0] =
        TenantRows.count(
            dataSource, tenant, "select count(*) from bulletin where month like ?", year + "-%");
    counts[1] =
        TenantRows.count(dataSource, tenant, "select count(*) from drill where year = ?", year);

    actAs(request, tenant, null, Role.REVIEWER);
    List<UnitAssessment> list = units.list(year);
    UnitAssessment first = find(list, a);
    UnitAssessment second = find(list, b);

    assertEquals(new Adoption(1, 3, 1), first.adoption());
    assertEquals(
        TenantRows.count(
            dataSource,
            tenant,
            "select count(*) from app_system where unit_id = ? and retired_at is null",
            a.id()),
        first.adoption().registered());
    assertEquals(d("0.5000"), first.adoption().ratio());
    assertEquals(d("1.0000"), first.efficiency().value(), "50 % CPU is neither idle nor over");
    assertEquals(1, first.efficiency().judged());
    assertEquals(d("0.0000"), second.efficiency().value(), "2 % CPU, 5 % memory is idle");
    assertEquals(1, second.efficiency().idle());

    SecurityStatus expectedA =
        new SecurityStatus(
            Rate.none(), new Rate(0, 1), new Rate(0, counts[0]), new Rate(0, counts[1]));
    SecurityStatus expectedB =
        new SecurityStatus(
            Rate.none(), new Rate(1, 1), new Rate(1, counts[0]), new Rate(1, counts[1]));
    assertEquals(expectedA, first.security());
    assertEquals(expectedB, second.security());
    assertEquals(d("0.0000"), first.security().value());

    assertEquals(d("50.00"), first.score(), "100 × (40 × 0.5 + 30 × 1 + 30 × 0) ÷ 100");
    assertEquals(
        UnitScore.of(ScoreWeights.PROVINCIAL, d("1.0000"), d("0.0000"), expectedB.value()),
        second.score());
    long higher =
        list.stream()
            .filter(u -> u.score().isPresent())
            .filter(u -> u.score().get().compareTo(first.score().get()) > 0)
            .count();
    assertEquals(Optional.of((int) higher + 1), first.rank());
    assertTrue(second.rank().get() < first.rank().get());
  }

  @Test
  @DisplayName(
      "Art. 22: a unit's staff read their own unit only; another unit's report is 404; the provider"
          + " is refused (403)")
  void art22_unitStaffReadTheirOwnOnly() throws Exception {
    Unit a = unit("ningbo", "本单位");
    Unit other = unit("ningbo", "他单位");
    int year = lastMonth().getYear();
    actAs(request, "ningbo", a.code(), Role.UNIT_APPLICANT);
    List<UnitAssessment> own = units.list(year);
    assertEquals(List.of(a.id()), own.stream().map(UnitAssessment::unitId).toList());
    assertEquals(a.id(), units.of(a.id(), year).unitId());
    assertThrows(NotFound.class, () -> units.of(other.id(), year));
    actAs(request, "ningbo", null, Role.PROVIDER_OPERATOR);
    assertThrows(AccessDenied.class, () -> units.list(year));
    actAs(request, "ningbo", null, Role.SECURITY_SUPERVISOR);
    assertThrows(AccessDenied.class, () -> units.list(year));
  }

  @Test
  @DisplayName("Art. 22, tenant isolation: another tenant's unit never appears and is 404")
  void art22_anotherTenantsUnitIsNotFound() throws Exception {
    Unit theirs = unit("ningbo", "宁波单位");
    int year = lastMonth().getYear();
    actAs(request, "hangzhou", null, Role.REVIEWER);
    assertTrue(units.list(year).stream().noneMatch(u -> u.unitId() == theirs.id()));
    assertThrows(NotFound.class, () -> units.of(theirs.id(), year));
  }

  @Test
  @DisplayName("Art. 22: a year that is not YYYY, before 2000 or to come is 400 naming year")
  void art22_badYearNamed() {
    actAs(request, "ningbo", null, Role.REVIEWER);
    int next = YearMonth.now(BEIJING).getYear() + 1;
    for (String bad : List.of("", "20x6", "1999", "26", Integer.toString(next), "2026 ", "0x7E6")) {
      assertEquals(List.of("year"), fields(() -> units.year(bad)), bad);
    }
    assertEquals(List.of("year"), fields(() -> units.year(null)));
    assertEquals(2024, units.year("2024"));
  }

  @Test
  @DisplayName(
      "Art. 25: the administrator's weights within bounds are the tenant's own, audited, and"
          + " score with them; out of bounds is 400 and nothing stored; a reviewer is refused")
  void art25_weightsAreALocalRuleAndAudited() throws Exception {
    String tenant = "quzhou";
    Unit a = unit(tenant, "权重单位");
    system(a, "NOT_MIGRATED", null);
    int year = lastMonth().getYear();
    actAs(request, tenant, null, Role.TENANT_ADMIN);
    assertEquals(ScoreWeights.PROVINCIAL, weights.inForce());
    ScoreWeights own = weights.set(Map.of("adoption", 60, "efficiency", 20, "security", 20));
    assertEquals(new ScoreWeights(60, 20, 20), own);
    assertEquals(
        List.of("assessment.weights.change"),
        auditProbe.actionsAbout("assessment-weights", tenant));
    assertTrue(auditProbe.lastBefore("assessment-weights", tenant).contains("\"adoption\":40"));
    assertTrue(auditProbe.lastAfter("assessment-weights", tenant).contains("\"adoption\":60"));
    // adoption 1 of 2, no efficiency judged, security: officers 0 of 1 (bulletins, drills: none)
    UnitAssessment assessed = units.of(a.id(), year);
    assertEquals(
        UnitScore.of(own, d("0.5000"), Optional.empty(), assessed.security().value()),
        assessed.score());

    assertEquals(
        List.of("adoption"),
        fields(() -> weights.set(Map.of("adoption", 61, "efficiency", 20, "security", 19)))
            .subList(0, 1));
    assertEquals(
        List.of("security"),
        fields(() -> weights.set(Map.of("adoption", 30, "efficiency", 30, "security", 30))));
    assertEquals(own, weights.inForce(), "nothing stored on a refusal");
    assertEquals(1, auditProbe.actionsAbout("assessment-weights", tenant).size());

    actAs(request, tenant, null, Role.REVIEWER);
    assertThrows(
        AccessDenied.class,
        () -> weights.set(Map.of("adoption", 40, "efficiency", 30, "security", 30)));
    actAs(request, "lishui", null, Role.REVIEWER);
    assertEquals(ScoreWeights.PROVINCIAL, weights.inForce(), "another tenant keeps the defaults");
  }

  @Test
  @DisplayName(
      "Art. 22: the unit's report as PDF names the unit, its score and the formula in Chinese")
  void art22_unitReportPdfReadBack() throws Exception {
    Unit a = unit("ningbo", "报告单位");
    int year = lastMonth().getYear();
    actAs(request, "ningbo", a.code(), Role.UNIT_SECURITY_OFFICER);
    UnitAssessment unit = units.of(a.id(), year);
    String text =
        PdfText.of(AssessmentPdf.unit(unit, year, units.weights(), Messages.CHINESE))
            .replaceAll("\\s+", "");
    assertTrue(text.contains(year + "年度使用单位考核报告"), text);
    assertTrue(text.contains(a.name()), text);
    assertTrue(text.contains("上云率"), text);
    assertTrue(text.contains(unit.score().orElseThrow().toPlainString()), text);
    assertTrue(text.contains("得分=100×"), text);
  }

  // ---------------------------------------------------------------- Art. 23: the provider

  private static Timestamp at(int year, int month, int day, int hour, int minute) {
    return Timestamp.from(
        LocalDateTime.of(year, month, day, hour, minute).atZone(BEIJING).toInstant());
  }

  private static Timestamp plus(Timestamp at, long minutes) {
    return Timestamp.from(at.toInstant().plusSeconds(minutes * 60));
  }

  /** A fault of the unit: reported, responded and resolved (null: not yet) with their dues. */
  private static void fault(
      Connection c,
      Unit unit,
      String severity,
      Timestamp reported,
      long responseDue,
      Long responded,
      long resolutionDue,
      Long resolved)
      throws Exception {
    long system = insert(c, "select system_id from application where id = ?", unit.application());
    insert(
        c,
        "insert into fault (tenant_id, system_id, unit_id, application_id, severity, title,"
            + " description, state, reported_by, reported_at, response_target, resolution_target,"
            + " response_due, resolution_due, acknowledged_at, resolved_at, updated_at) values"
            + " (?, ?, ?, ?, ?, '故障', '描述', ?, 'u', ?, 'T', 'T', ?, ?, ?, ?, now())",
        unit.tenant(),
        system,
        unit.id(),
        unit.application(),
        severity,
        resolved != null ? "RESOLVED" : responded != null ? "ACKNOWLEDGED" : "REPORTED",
        reported,
        plus(reported, responseDue),
        plus(reported, resolutionDue),
        responded == null ? null : plus(reported, responded),
        resolved == null ? null : plus(reported, resolved));
  }

  private static void step(Connection c, Unit unit, Timestamp at, String step, boolean met)
      throws Exception {
    insert(
        c,
        "insert into application_event (tenant_id, application_id, occurred_at, actor, action,"
            + " to_state, details) values (?, ?, ?, 'p', 'act', 'ACTIVE', ?)",
        unit.tenant(),
        unit.application(),
        at,
        "{\"attachments\":[],\"closedStep\":{\"step\":\""
            + step
            + "\",\"due\":\"2024-03-20\",\"met\":"
            + met
            + "}}");
  }

  private static void rating(
      Connection c, String tenant, String kind, Grade grade, Timestamp at, boolean followUp)
      throws Exception {
    insert(
        c,
        "insert into service_rating (rating_id, tenant_id, kind, grade, rated_at, follow_up_of,"
            + " received_at) values (?, ?, ?, ?, ?, ?, now())",
        UUID.randomUUID(),
        tenant,
        kind,
        grade.name(),
        at,
        followUp ? UUID.randomUUID() : null);
  }

  /** March 2024 in {@code tenant}: faults, steps, ratings and findings with known counts. */
  private Unit march2024(String tenant) throws Exception {
    Unit unit = unit(tenant, "供应商考核");
    inTenant(
        tenant,
        c -> {
          fault(c, unit, "P1", at(2024, 3, 4, 10, 0), 15, 10L, 240, 120L);
          fault(c, unit, "P2", at(2024, 3, 5, 10, 0), 30, 40L, 480, 600L);
          fault(c, unit, "P3", at(2024, 3, 6, 10, 0), 60, 30L, 24 * 60, null);
          fault(c, unit, "P1", at(2024, 4, 1, 10, 0), 15, 10L, 240, 120L);
          step(c, unit, at(2024, 3, 8, 9, 0), "TRIAL_PROVISION", true);
          step(c, unit, at(2024, 3, 9, 9, 0), "CHANGE_EXECUTION", false);
          step(c, unit, at(2024, 3, 10, 9, 0), "ACCEPTANCE", true);
          step(c, unit, at(2024, 2, 10, 9, 0), "RECLAMATION", true);
          rating(c, tenant, "PROVIDER", Grade.VERY_SATISFIED, at(2024, 3, 11, 9, 0), false);
          rating(c, tenant, "PROVIDER", Grade.SATISFIED, at(2024, 3, 12, 9, 0), false);
          rating(c, tenant, "PROVIDER", Grade.DISSATISFIED, at(2024, 3, 13, 9, 0), false);
          rating(c, tenant, "PROVIDER", Grade.SATISFIED, at(2024, 3, 14, 9, 0), true);
          rating(c, tenant, "CITIZEN", Grade.DISSATISFIED, at(2024, 3, 15, 9, 0), false);
          long inspection =
              insert(
                  c,
                  "insert into inspection (tenant_id, title, kind, starts_on, ends_on, created_by,"
                      + " created_at) values (?, '检查', 'ROUTINE', ?, ?, 'r', ?) returning id",
                  tenant,
                  java.sql.Date.valueOf("2024-03-01"),
                  java.sql.Date.valueOf("2024-03-31"),
                  at(2024, 3, 1, 9, 0));
          for (String severity : List.of("HIGH", "LOW")) {
            insert(
                c,
                "insert into finding (tenant_id, inspection_id, unit_id, system_id, severity,"
                    + " description, state, clock_from, rectification_due, due_provisional,"
                    + " recorded_by, recorded_at) select ?, ?, ?, system_id, ?, '问题', 'OPEN', ?, ?,"
                    + " false, 'r', ? from application where id = ?",
                tenant,
                inspection,
                unit.id(),
                severity,
                java.sql.Date.valueOf("2024-03-20"),
                java.sql.Date.valueOf("2024-04-20"),
                at(2024, 3, 20, 9, 0),
                unit.application());
          }
        });
    return unit;
  }

  private long systemsHolding(String tenant) throws Exception {
    return TenantRows.count(
        dataSource,
        tenant,
        "select count(distinct system_id) from application where allocated_plan is not null"
            + " and state <> ?",
        "TERMINATED");
  }

  @Test
  @DisplayName(
      "Art. 23: the provider's month, quarter and year equal the counts of the data made here")
  void art23_providerFiguresEqualHandCounts() throws Exception {
    String tenant = "taizhou";
    march2024(tenant);
    actAs(request, tenant, null, Role.REVIEWER);
    ProviderAssessment march = provider.of(provider.period("2024-03"));
    assertEquals(1, march.tenants().size());
    ProviderFigures f = march.tenants().get(0);
    assertEquals(tenant, f.tenant());
    assertEquals(
        new Rate(1, 2), f.steps(), "trial on time, change late; acceptance is no provider step");
    assertEquals(new Rate(2, 3), f.responses());
    assertEquals(new Rate(1, 3), f.resolutions(), "P3 unresolved past its due counts late");
    assertEquals(1L, f.satisfaction().byGrade().get(Grade.VERY_SATISFIED));
    assertEquals(1L, f.satisfaction().byGrade().get(Grade.SATISFIED), "follow-ups left out");
    assertEquals(0L, f.satisfaction().byGrade().get(Grade.BASICALLY_SATISFIED));
    assertEquals(1L, f.satisfaction().byGrade().get(Grade.DISSATISFIED), "citizens left out");
    assertEquals(d("0.6667"), f.satisfaction().rate());
    assertEquals(120 + 600, f.availability().outageMinutes());
    assertEquals(systemsHolding(tenant) * 31 * 24 * 60, f.availability().serviceMinutes());
    assertEquals(2, f.performanceIncidents());
    assertEquals(1, f.securityIncidents());
    assertEquals(f, march.total().plus(tenant, ProviderFigures.none(tenant)));

    ProviderFigures quarter = provider.of(provider.period("2024-Q1")).tenants().get(0);
    assertEquals(new Rate(2, 3), quarter.steps(), "February's reclamation is in the quarter");
    assertEquals(new Rate(2, 3), quarter.responses(), "April's fault is not");
    ProviderFigures year = provider.of(provider.period("2024")).tenants().get(0);
    assertEquals(new Rate(3, 4), year.responses());
    assertEquals(systemsHolding(tenant) * 366 * 24 * 60, year.availability().serviceMinutes());
  }

  @Test
  @DisplayName(
      "Art. 4, 23: the province reads every city's provider figures and their total; a city reads"
          + " its own only; unit staff are refused (403)")
  void art23_provinceReadsEveryCity() throws Exception {
    march2024("jinhua");
    march2024("zhoushan");
    actAs(request, "zhoushan", null, Role.PROVIDER_OPERATOR);
    ProviderAssessment city = provider.of(provider.period("2024-03"));
    assertEquals(
        List.of("zhoushan"), city.tenants().stream().map(ProviderFigures::tenant).toList());
    actAs(request, "zhejiang", null, Role.PROVINCE_ADMIN);
    ProviderAssessment province = provider.of(provider.period("2024-03"));
    List<String> tenants = province.tenants().stream().map(ProviderFigures::tenant).toList();
    assertTrue(tenants.containsAll(List.of("jinhua", "zhoushan")), tenants.toString());
    ProviderFigures sum =
        province.tenants().stream()
            .reduce(ProviderFigures.none("*"), (s, next) -> s.plus("*", next));
    assertEquals(sum, province.total());
    assertTrue(province.total().performanceIncidents() >= 4);
    actAs(request, "zhoushan", Deployments.demoUnit("zhoushan"), Role.UNIT_APPLICANT);
    assertThrows(AccessDenied.class, () -> provider.of(AssessmentPeriod.parse("2024").get()));
    actAs(request, "zhoushan", null, Role.SECURITY_SUPERVISOR);
    assertThrows(AccessDenied.class, () -> provider.of(AssessmentPeriod.parse("2024").get()));
  }

  @Test
  @DisplayName(
      "Art. 23: a period not as 2026-11, 2026-Q4 or 2026, or to come, is 400 naming period")
  void art23_badPeriodNamed() {
    actAs(request, "taizhou", null, Role.REVIEWER);
    YearMonth next = YearMonth.now(BEIJING).plusMonths(1);
    int nextYear = next.getYear() + 1;
    for (String bad :
        List.of(
            "",
            "2024-13",
            "2024-Q5",
            "2024-q1",
            "1999",
            "24-03",
            next.toString(),
            Integer.toString(nextYear),
            "2024-03'--")) {
      assertEquals(List.of("period"), fields(() -> provider.period(bad)), bad);
    }
    assertEquals(List.of("period"), fields(() -> provider.period(null)));
  }

  @Test
  @DisplayName(
      "Art. 23: the provider's report as PDF holds the period, its figures and definitions")
  void art23_providerReportPdfReadBack() throws Exception {
    march2024("lishui");
    actAs(request, "lishui", null, Role.TENANT_ADMIN);
    ProviderAssessment march = provider.of(provider.period("2024-03"));
    Supplier<String> pdf =
        () -> {
          try {
            return PdfText.of(AssessmentPdf.provider(march, Messages.CHINESE))
                .replaceAll("\\s+", "");
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        };
    String text = pdf.get();
    assertTrue(text.contains("政务云供应商考核报告"), text);
    assertTrue(text.contains("2024-03"), text);
    assertTrue(text.contains("1/2(50.00%)"), text);
    assertTrue(text.contains("66.67%"), text);
    assertTrue(text.contains("可用率"), text);
    assertFalse(text.contains("assess."), "no raw keys");
  }
}
