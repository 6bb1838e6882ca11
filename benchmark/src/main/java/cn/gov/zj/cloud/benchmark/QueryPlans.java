package cn.gov.zj.cloud.benchmark;

import cn.gov.zj.cloud.devdb.ZoneDatabase;
import cn.gov.zj.cloud.domain.application.ApplicationState;
import cn.gov.zj.cloud.domain.application.Lifecycle;
import cn.gov.zj.cloud.domain.security.Role;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * EXPLAIN ANALYZE of the queries behind the inbox (Art. 8–12) and the detail (Art. 6), as the
 * portal runs them: as the zone's owner, bound by row-level security to one tenant.
 */
final class QueryPlans {

  private final String url;
  private final ZoneDatabase zone;

  QueryPlans(int port, ZoneDatabase zone) {
    this.url = "jdbc:postgresql://localhost:" + port + "/" + zone.name();
    this.zone = zone;
  }

  /** Prints each query's plan with its timing, for {@code tenant}. */
  void print(String tenant, long unitId, long applicationId) throws SQLException {
    Map<String, String> queries = new LinkedHashMap<>();
    String reviewer = waitingFor(tenant, Role.REVIEWER);
    String unit = waitingFor(tenant, Role.UNIT_APPLICANT) + " and unit_id = " + unitId;
    queries.put("inbox count, reviewer", count(reviewer));
    queries.put("inbox page, reviewer", page(reviewer));
    queries.put("inbox page, provider-operator", page(waitingFor(tenant, Role.PROVIDER_OPERATOR)));
    queries.put("inbox count, unit-applicant", count(unit));
    queries.put("inbox page, unit-applicant", page(unit));
    queries.put("detail: application", "select * from application where id = " + applicationId);
    queries.put(
        "detail: history",
        "select * from application_event where application_id = " + applicationId + " order by id");
    queries.put(
        "detail: attachments",
        "select * from application_attachment where application_id = "
            + applicationId
            + " order by id");
    try (Connection db = DriverManager.getConnection(url, zone.owner(), zone.password())) {
      db.setAutoCommit(false);
      try (PreparedStatement scope =
          db.prepareStatement("select set_config('app.tenant', ?, true)")) {
        scope.setString(1, tenant);
        scope.execute();
      }
      try (Statement sql = db.createStatement()) {
        for (Map.Entry<String, String> query : queries.entrySet()) {
          System.out.println("-- " + query.getKey() + " (" + tenant + ")");
          try (ResultSet plan =
              sql.executeQuery("explain (analyze, buffers) " + query.getValue())) {
            while (plan.next()) {
              System.out.println("   " + plan.getString(1));
            }
          }
        }
      }
      db.rollback();
    }
  }

  /** The total as {@code Listing} counts it: EclipseLink counts ids. */
  private static String count(String where) {
    return "select count(id) from application where " + where;
  }

  /** One page as {@code Listing} asks for it: soonest due first, then by id. */
  private static String page(String where) {
    return "select * from application where "
        + where
        + " order by due_date asc, id asc limit 20 offset 0";
  }

  /** The tenant and the states whose actions {@code role} holds, as the inbox filters them. */
  private static String waitingFor(String tenant, Role role) {
    Set<ApplicationState> states = EnumSet.copyOf(Lifecycle.waitingFor(role));
    states.remove(ApplicationState.ACTIVE);
    return "tenant_id = '"
        + tenant
        + "' and state in ("
        + states.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "))
        + ")";
  }
}
