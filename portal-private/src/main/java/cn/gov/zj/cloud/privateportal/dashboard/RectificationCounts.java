package cn.gov.zj.cloud.privateportal.dashboard;

import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * Art. 23 (差评整改): the one reading of the bad-review rectifications for the dashboards: open until
 * the rectification is reported (as the list's "open only" filter), overdue when the report was due
 * before today.
 */
final class RectificationCounts {

  private static final String OPEN =
      "select tenant_id, count(*), count(*) filter (where report_due < ?1) from rectification"
          + " where reported_at is null group by 1";

  private RectificationCounts() {}

  static Map<String, OpenItems> read(EntityManager em, LocalDate today) {
    Map<String, OpenItems> figures = new TreeMap<>();
    for (Object[] row : Rows.of(em, OPEN, Date.valueOf(today))) {
      figures.put((String) row[0], new OpenItems(Rows.count(row[1]), Rows.count(row[2])));
    }
    return figures;
  }
}
