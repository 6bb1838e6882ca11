package cn.gov.zj.cloud.privateportal.dashboard;

import cn.gov.zj.cloud.domain.dashboard.DashboardYear;
import cn.gov.zj.cloud.domain.dashboard.MonthlyShare;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/** Art. 13: the one reading of the {@code fault} table for the dashboards, per tenant. */
final class FaultCounts {

  private static final String REPORTED =
      "select tenant_id, "
          + String.format(Rows.MONTH, "reported_at")
          + ", count(*), count(*) filter (where acknowledged_at <= response_due),"
          + " count(*) filter (where resolved_at <= resolution_due) from fault"
          + " where reported_at >= ?1 and reported_at < ?2 group by 1, 2";

  /** As {@code Faults.list} with {@code overdue}: the same faults the linked list shows. */
  private static final String OVERDUE =
      "select tenant_id, count(*) from fault where (acknowledged_at is null and response_due < ?1)"
          + " or (state in ('REPORTED', 'ACKNOWLEDGED') and resolution_due < ?1) group by 1";

  private FaultCounts() {}

  static Map<String, FaultFigures> read(EntityManager em, DashboardYear year, Instant now) {
    Map<String, FaultFigures> figures = new TreeMap<>();
    for (Object[] row :
        Rows.of(em, REPORTED, Timestamp.from(year.start()), Timestamp.from(year.end()))) {
      int month = Rows.month(row[1]);
      long reported = Rows.count(row[2]);
      FaultFigures one =
          new FaultFigures(
              MonthlyShare.none().add(month, Rows.count(row[3]), reported),
              MonthlyShare.none().add(month, Rows.count(row[4]), reported),
              0);
      figures.merge((String) row[0], one, FaultFigures::plus);
    }
    for (Object[] row : Rows.of(em, OVERDUE, Timestamp.from(now))) {
      FaultFigures open =
          new FaultFigures(MonthlyShare.none(), MonthlyShare.none(), Rows.count(row[1]));
      figures.merge((String) row[0], open, FaultFigures::plus);
    }
    return figures;
  }
}
