package cn.gov.zj.cloud.privateportal.usage;

import cn.gov.zj.cloud.domain.application.ResourceLine;
import cn.gov.zj.cloud.domain.application.ResourcePlan;
import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.domain.tenant.TenantId;
import cn.gov.zj.cloud.domain.usage.DailySample;
import cn.gov.zj.cloud.privateportal.application.PlanJson;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Development only ({@code ZJ_DEMO=true}), and the tests' fixtures: an application system of a unit
 * in production with an allocation, and three months of daily usage for it in which one line is
 * over-provisioned, one idle, one well used (Art. 15), so that a new user sees real reports at
 * once. Written on a JDBC connection under the tenant's row scope, which the caller set.
 */
public final class DemoUsage {

  /** The demo system's name: seeded once per unit. */
  public static final String SYSTEM = "政务服务数据分析平台（演示）";

  /** Over-provisioned hosts, an idle host, a well-used database, bandwidth. */
  public static final ResourcePlan PLAN =
      ResourcePlan.of(
          List.of(
              new ResourceLine.CloudHost(2, 8, 16, 100, 200, "Linux"),
              new ResourceLine.CloudHost(1, 4, 8, 40, 0, "Linux"),
              new ResourceLine.CloudDatabase("PostgreSQL", 8, 32, 500),
              new ResourceLine.Bandwidth(50)));

  private DemoUsage() {}

  /** Seeds the demo system of the unit with {@link #PLAN} and the three months before now. */
  public static void seed(Connection connection, TenantId tenant, long unitId, Instant now)
      throws SQLException {
    if (systemNamed(connection, unitId, SYSTEM).isPresent()) {
      return;
    }
    long application = allocate(connection, tenant, unitId, SYSTEM, PLAN, now);
    YearMonth current = YearMonth.from(OfficialCalendar.dateOf(now));
    List<DailySample> samples = new ArrayList<>();
    Random random = new Random(unitId);
    for (YearMonth month = current.minusMonths(3);
        month.isBefore(current);
        month = month.plusMonths(1)) {
      for (int day = 1; day <= month.lengthOfMonth(); day++) {
        LocalDate date = month.atDay(day);
        samples.add(sample(application, 0, date, 12 + random.nextInt(8), 45, 150, 0));
        samples.add(sample(application, 1, date, 1 + random.nextInt(3), 10, 12, 0));
        samples.add(sample(application, 2, date, 45 + random.nextInt(20), 62, 320, 0));
        samples.add(sample(application, 3, date, 0, 0, 0, 20 + random.nextInt(15)));
      }
    }
    SampleStore.upsert(connection, tenant.value(), samples, now);
  }

  private static DailySample sample(
      long application,
      int line,
      LocalDate date,
      double p95,
      double mem,
      double disk,
      double mbps) {
    return new DailySample(application, line, date, p95 * 0.6, p95, mem, disk, mbps);
  }

  /**
   * Art. 10: an application system of the unit in production (on the cloud since 100 days) whose
   * application is active with {@code plan} allocated; the application's id.
   */
  public static long allocate(
      Connection connection,
      TenantId tenant,
      long unitId,
      String systemName,
      ResourcePlan plan,
      Instant now)
      throws SQLException {
    Instant since = now.minusSeconds(100L * 86_400);
    long system;
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into app_system (tenant_id, unit_id, name, mlps_level, security_officer,"
                + " cloud_status, on_cloud_since, cloud_entry, public_facing, created_at,"
                + " updated_at) values (?, ?, ?, 2, '演示安全员', 'ON_CLOUD', ?, 'NEW', false, ?, ?)"
                + " returning id")) {
      insert.setString(1, tenant.value());
      insert.setLong(2, unitId);
      insert.setString(3, systemName);
      insert.setDate(4, Date.valueOf(OfficialCalendar.dateOf(since)));
      insert.setTimestamp(5, Timestamp.from(since));
      insert.setTimestamp(6, Timestamp.from(since));
      system = returnedId(insert);
    }
    String allocated = PlanJson.write(plan);
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into application (tenant_id, system_id, unit_id, state, resources,"
                + " state_since, created_at, updated_at, approved_plan, allocated_plan)"
                + " values (?, ?, ?, 'ACTIVE', ?, ?, ?, ?, ?, ?) returning id")) {
      insert.setString(1, tenant.value());
      insert.setLong(2, system);
      insert.setLong(3, unitId);
      insert.setString(4, PlanJson.json(plan).getJsonArray("resources").toString());
      insert.setTimestamp(5, Timestamp.from(since));
      insert.setTimestamp(6, Timestamp.from(since));
      insert.setTimestamp(7, Timestamp.from(since));
      insert.setString(8, allocated);
      insert.setString(9, allocated);
      return returnedId(insert);
    }
  }

  /** Art. 15: stores samples as the intake does (for fixtures and the benchmark's set-up). */
  public static void store(
      Connection connection, TenantId tenant, List<DailySample> samples, Instant now)
      throws SQLException {
    SampleStore.upsert(connection, tenant.value(), samples, now);
  }

  private static Optional<Long> systemNamed(Connection connection, long unitId, String name)
      throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("select id from app_system where unit_id = ? and name = ?")) {
      select.setLong(1, unitId);
      select.setString(2, name);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
      }
    }
  }

  private static long returnedId(PreparedStatement insert) throws SQLException {
    try (ResultSet rows = insert.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
