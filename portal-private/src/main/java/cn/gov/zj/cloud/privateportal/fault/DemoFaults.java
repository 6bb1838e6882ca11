package cn.gov.zj.cloud.privateportal.fault;

import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.domain.fault.FaultSchedule;
import cn.gov.zj.cloud.domain.fault.FaultState;
import cn.gov.zj.cloud.domain.fault.FaultTargets;
import cn.gov.zj.cloud.domain.fault.OfficeHours;
import cn.gov.zj.cloud.domain.fault.Severity;
import cn.gov.zj.cloud.domain.fault.WorkingClock;
import cn.gov.zj.cloud.domain.tenant.TenantId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Development only: a few faults of the demo unit's system in every state (Art. 13), so that a new
 * user sees the fault list filled: one just reported, one acknowledged, one resolved awaiting the
 * unit's confirmation, one closed. Each met its targets; none is due soon, so no scan escalates.
 * Seeded once: a system with any fault gets none.
 */
public final class DemoFaults {

  /** One seeded fault: how long ago it was reported and how far it got. */
  private record Seeded(
      Severity severity, String title, String description, Duration ago, FaultState state) {}

  private static final List<Seeded> FAULTS =
      List.of(
          new Seeded(
              Severity.P4,
              "报表导出偶发超时",
              "月度报表导出 Excel 时偶尔超过 60 秒，请协助排查。",
              Duration.ofMinutes(20),
              FaultState.REPORTED),
          new Seeded(
              Severity.P3,
              "数据库备份任务失败",
              "昨晚 02:00 的定时备份失败，日志显示磁盘空间不足。",
              Duration.ofHours(20),
              FaultState.ACKNOWLEDGED),
          new Seeded(
              Severity.P2,
              "对外接口响应缓慢",
              "对外数据接口平均响应超过 5 秒，影响业务办理。",
              Duration.ofDays(3),
              FaultState.RESOLVED),
          new Seeded(
              Severity.P1,
              "系统无法访问",
              "门户首页返回 502，全部用户无法访问。",
              Duration.ofDays(12),
              FaultState.CLOSED));

  private DemoFaults() {}

  /** Seeds the faults of the unit's system {@code systemName}, unless it has some already. */
  public static void seed(
      Connection connection, TenantId tenant, long unitId, String systemName, Instant now)
      throws SQLException {
    long[] system = systemAndApplication(connection, unitId, systemName);
    if (system.length == 0 || hasFaults(connection, system[0])) {
      return;
    }
    FaultSchedule schedule =
        new FaultSchedule(
            FaultTargets.provincial(),
            new WorkingClock(OfficialCalendar.builtIn(), OfficeHours.DEFAULT));
    for (Seeded fault : FAULTS) {
      insert(connection, tenant, unitId, system, fault, schedule, now.minus(fault.ago()));
    }
  }

  private static void insert(
      Connection connection,
      TenantId tenant,
      long unitId,
      long[] system,
      Seeded seeded,
      FaultSchedule schedule,
      Instant reported)
      throws SQLException {
    String unit = tenant.value() + ".unit-applicant";
    String provider = tenant.value() + ".provider-operator";
    boolean acknowledged = seeded.state() != FaultState.REPORTED;
    boolean resolved = seeded.state().compareTo(FaultState.RESOLVED) >= 0;
    Instant acknowledgedAt = reported.plus(Duration.ofMinutes(5));
    Instant resolvedAt = reported.plus(Duration.ofMinutes(50));
    Instant closedAt = reported.plus(Duration.ofHours(3));
    long id;
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into fault (tenant_id, system_id, unit_id, application_id, severity, title,"
                + " description, state, reported_by, reported_at, response_target,"
                + " resolution_target, response_due, resolution_due, acknowledged_at, resolved_at,"
                + " closed_at, resolution, rating_invited_at, updated_at) values (?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id")) {
      insert.setString(1, tenant.value());
      insert.setLong(2, system[0]);
      insert.setLong(3, unitId);
      insert.setLong(4, system[1]);
      insert.setString(5, seeded.severity().name());
      insert.setString(6, seeded.title());
      insert.setString(7, seeded.description());
      insert.setString(8, seeded.state().name());
      insert.setString(9, unit);
      insert.setTimestamp(10, Timestamp.from(reported));
      insert.setString(11, schedule.targets().response(seeded.severity()).label());
      insert.setString(12, schedule.targets().resolution(seeded.severity()).label());
      insert.setTimestamp(13, Timestamp.from(schedule.responseDue(seeded.severity(), reported)));
      insert.setTimestamp(14, Timestamp.from(schedule.resolutionDue(seeded.severity(), reported)));
      insert.setTimestamp(15, acknowledged ? Timestamp.from(acknowledgedAt) : null);
      insert.setTimestamp(16, resolved ? Timestamp.from(resolvedAt) : null);
      insert.setTimestamp(
          17, seeded.state() == FaultState.CLOSED ? Timestamp.from(closedAt) : null);
      insert.setString(18, resolved ? "已扩容并重启相关服务，监控恢复正常。" : null);
      insert.setTimestamp(19, resolved ? Timestamp.from(resolvedAt) : null);
      insert.setTimestamp(20, Timestamp.from(reported));
      try (ResultSet rows = insert.executeQuery()) {
        rows.next();
        id = rows.getLong(1);
      }
    }
    event(connection, tenant, id, reported, unit, "report", null, FaultState.REPORTED);
    if (acknowledged) {
      event(
          connection,
          tenant,
          id,
          acknowledgedAt,
          provider,
          "acknowledge",
          FaultState.REPORTED,
          FaultState.ACKNOWLEDGED);
    }
    if (resolved) {
      event(
          connection,
          tenant,
          id,
          resolvedAt,
          provider,
          "resolve",
          FaultState.ACKNOWLEDGED,
          FaultState.RESOLVED);
    }
    if (seeded.state() == FaultState.CLOSED) {
      event(
          connection,
          tenant,
          id,
          closedAt,
          unit,
          "confirm",
          FaultState.RESOLVED,
          FaultState.CLOSED);
    }
  }

  private static void event(
      Connection connection,
      TenantId tenant,
      long fault,
      Instant at,
      String actor,
      String action,
      FaultState from,
      FaultState to)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into fault_event (tenant_id, fault_id, occurred_at, actor, action, from_state,"
                + " to_state) values (?, ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, tenant.value());
      insert.setLong(2, fault);
      insert.setTimestamp(3, Timestamp.from(at));
      insert.setString(4, actor);
      insert.setString(5, action);
      insert.setString(6, from == null ? null : from.name());
      insert.setString(7, to.name());
      insert.executeUpdate();
    }
  }

  /** The system's id and its application's, or nothing when the unit has no such system. */
  private static long[] systemAndApplication(Connection connection, long unitId, String name)
      throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "select s.id, a.id from app_system s join application a on a.system_id = s.id"
                + " where s.unit_id = ? and s.name = ? order by a.id limit 1")) {
      select.setLong(1, unitId);
      select.setString(2, name);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? new long[] {rows.getLong(1), rows.getLong(2)} : new long[0];
      }
    }
  }

  private static boolean hasFaults(Connection connection, long system) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("select 1 from fault where system_id = ? limit 1")) {
      select.setLong(1, system);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next();
      }
    }
  }
}
