package cn.gov.zj.cloud.privateportal.assessment;

import static cn.gov.zj.cloud.privateportal.Deployments.actAs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.application.ResourceLine;
import cn.gov.zj.cloud.domain.application.ResourcePlan;
import cn.gov.zj.cloud.domain.assessment.Efficiency;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.tenant.TenantId;
import cn.gov.zj.cloud.domain.usage.DailySample;
import cn.gov.zj.cloud.privateportal.Deployments;
import cn.gov.zj.cloud.privateportal.TenantRows;
import cn.gov.zj.cloud.privateportal.TenantSql;
import cn.gov.zj.cloud.privateportal.TenantSql.AllocatedUnit;
import cn.gov.zj.cloud.privateportal.tenant.RowScope;
import cn.gov.zj.cloud.privateportal.usage.DemoUsage;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Art. 22, 15 (issue 14): the line-months the unit assessment reads are summarised once per tenant
 * and month (V27), equal a direct count of the samples, are dropped when a sample of their month
 * arrives or changes (the portal deletes no sample: row-level security has no delete policy for
 * them, so V27's delete trigger is there for the owner's maintenance only), are summarised again
 * under a changed idle rule, and never wait for a writer; in Payara Micro on PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
class LineMonthsIT {

  private static final ResourcePlan HOST =
      ResourcePlan.of(List.of(new ResourceLine.CloudHost(1, 8, 16, 40, 0, "Linux")));

  /** The month's line-months counted from the samples under the summary's own idle rule. */
  private static final String DIRECT =
      "select s.application_id || '/' || s.line || ' ' || count(*) || ' '"
          + " || count(*) filter (where s.cpu_p95_pct < m.idle_cpu_p95_pct"
          + " and s.mem_avg_pct < m.idle_mem_pct) || ' '"
          + " || percentile_disc(0.95) within group (order by s.cpu_p95_pct)"
          + " from usage_sample s join usage_month m on m.tenant_id = s.tenant_id"
          + " and m.month = date_trunc('month', s.day) where s.tenant_id = ? and m.month = ?"
          + " group by s.application_id, s.line";

  private static final String SUMMARY =
      "select application_id || '/' || line || ' ' || days || ' ' || idle_days || ' '"
          + " || cpu_p95_pct from usage_line_month where tenant_id = ? and month = ?";

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal().addClass(TenantRows.class);
  }

  @Inject HttpServletRequest request;
  @Inject UnitAssessments units;

  @Resource(lookup = "java:app/jdbc/private")
  DataSource dataSource;

  private final YearMonth month = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1);

  @Test
  @DisplayName(
      "Art. 22, 15: a month is summarised once, equal to its samples, and dropped when a sample"
          + " of it arrives or is replaced; the next read counts the change")
  void art22_summaryFollowsTheSamples() throws Exception {
    String tenant = "jiaxing";
    AllocatedUnit unit = unit(tenant);
    store(tenant, unit, 1, month.lengthOfMonth(), 2);
    assertEquals(1, efficiency(tenant, unit).idle(), "2 % CPU, 5 % memory every day is idle");
    assertEquals(1, months(tenant), "summarised on the first read");
    assertEquals(direct(tenant), summary(tenant));

    store(tenant, unit(tenant), 1, 1, 50);
    assertEquals(0, months(tenant), "a new sample drops the month");
    efficiency(tenant, unit);
    assertEquals(direct(tenant), summary(tenant));

    store(tenant, unit, 1, month.lengthOfMonth(), 50);
    assertEquals(0, months(tenant), "a replaced sample drops the month");
    assertEquals(0, efficiency(tenant, unit).idle(), "the replaced samples are read");
    assertEquals(direct(tenant), summary(tenant));

    String theirs = "select count(*) from usage_line_month where tenant_id = ?";
    assertEquals(0, TenantRows.count(dataSource, "huzhou", theirs, tenant), "not another tenant's");
  }

  @Test
  @DisplayName("Art. 22, 25: a changed idle rule of the tenant summarises the months again")
  void art25_changedIdleRuleSummarisesAgain() throws Exception {
    String tenant = "huzhou";
    AllocatedUnit unit = unit(tenant);
    store(tenant, unit, 1, month.lengthOfMonth(), 8);
    assertEquals(0, efficiency(tenant, unit).idle(), "8 % CPU is not idle under the 5 % rule");
    inTenant(
        tenant,
        c ->
            update(
                c,
                "insert into usage_rules (tenant_id, idle_cpu_p95, idle_mem, idle_days, min_days,"
                    + " over_pct, under_pct, target_pct, changed_at, changed_by)"
                    + " values (?, 10, 20, 90, 20, 30, 85, 60, now(), 'test')"
                    + " on conflict (tenant_id) do update set idle_cpu_p95 = 10",
                tenant));
    assertEquals(1, efficiency(tenant, unit).idle(), "idle under the tenant's 10 % rule");
    assertEquals(
        1,
        TenantRows.count(
            dataSource,
            tenant,
            "select count(*) from usage_month where idle_cpu_p95_pct = 10 and month = ?",
            Date.valueOf(month.atDay(1))));
    assertEquals(direct(tenant), summary(tenant));
  }

  @Test
  @DisplayName(
      "Art. 22: while a writer holds a month, the assessment does not wait: it reads that month"
          + " from the committed samples and stores no summary of it")
  void art22_writerNeverBlocksTheAssessment() throws Exception {
    String tenant = "shaoxing";
    AllocatedUnit unit = unit(tenant);
    store(tenant, unit, 2, month.lengthOfMonth(), 2);
    CountDownLatch written = new CountDownLatch(1);
    CountDownLatch read = new CountDownLatch(1);
    CompletableFuture<Void> writer =
        CompletableFuture.runAsync(
            () -> write(tenant, samples(unit, 1, 1, 50), written, read),
            runnable -> new Thread(runnable, "usage-writer").start());
    assertTrue(written.await(30, TimeUnit.SECONDS), "the writer stored its day");
    try {
      assertEquals(1, efficiency(tenant, unit).idle(), "the uncommitted day is not read");
      assertEquals(0, months(tenant), "no summary while the writer holds the month");
    } finally {
      read.countDown();
    }
    writer.get(30, TimeUnit.SECONDS);
    assertEquals(1, efficiency(tenant, unit).idle(), "one busy day of 31 leaves it idle");
    assertEquals(1, months(tenant));
    assertEquals(direct(tenant), summary(tenant));
    assertFalse(summary(tenant).isEmpty());
  }

  /**
   * Stores samples in a thread of its own (outside the test's invocation, so that the container
   * cannot share its connection with the assessment's transaction), holding the transaction open
   * until {@code read}.
   */
  private void write(
      String tenant, List<DailySample> samples, CountDownLatch written, CountDownLatch read) {
    try (Connection writer = dataSource.getConnection()) {
      writer.setAutoCommit(false);
      RowScope.tenant(writer, new TenantId(tenant));
      DemoUsage.store(writer, new TenantId(tenant), samples, Instant.now());
      written.countDown();
      assertTrue(read.await(60, TimeUnit.SECONDS));
      writer.commit();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private AllocatedUnit unit(String tenant) throws Exception {
    return new TenantSql(dataSource).allocatedUnit(tenant, "汇总", "汇总系统", HOST);
  }

  private Efficiency efficiency(String tenant, AllocatedUnit unit) {
    actAs(request, tenant, null, Role.REVIEWER);
    return units.list(month.getYear()).stream()
        .filter(a -> a.unitId() == unit.unitId())
        .findFirst()
        .orElseThrow()
        .efficiency();
  }

  private List<DailySample> samples(AllocatedUnit unit, int from, int to, double p95) {
    List<DailySample> samples = new ArrayList<>();
    for (int day = from; day <= to; day++) {
      samples.add(
          new DailySample(unit.applicationId(), 0, month.atDay(day), p95 / 2, p95, 5, 10, 1));
    }
    return samples;
  }

  private void store(String tenant, AllocatedUnit unit, int from, int to, double p95)
      throws Exception {
    List<DailySample> samples = samples(unit, from, to, p95);
    inTenant(tenant, c -> DemoUsage.store(c, new TenantId(tenant), samples, Instant.now()));
  }

  private long months(String tenant) throws Exception {
    return TenantRows.count(
        dataSource,
        tenant,
        "select count(*) from usage_month where month = ?",
        Date.valueOf(month.atDay(1)));
  }

  private Set<String> direct(String tenant) throws Exception {
    return rows(tenant, DIRECT);
  }

  private Set<String> summary(String tenant) throws Exception {
    return rows(tenant, SUMMARY);
  }

  private Set<String> rows(String tenant, String sql) throws Exception {
    Set<String> rows = new TreeSet<>();
    inTenant(
        tenant,
        c -> {
          try (PreparedStatement query = c.prepareStatement(sql)) {
            query.setString(1, tenant);
            query.setDate(2, Date.valueOf(month.atDay(1)));
            try (ResultSet result = query.executeQuery()) {
              while (result.next()) {
                rows.add(result.getString(1));
              }
            }
          }
        });
    return rows;
  }

  private void inTenant(String tenant, TenantRows.Work work) throws Exception {
    TenantRows.inTenant(dataSource, tenant, work);
  }

  private static void update(Connection c, String sql, Object value) throws Exception {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      statement.setObject(1, value);
      statement.executeUpdate();
    }
  }
}
