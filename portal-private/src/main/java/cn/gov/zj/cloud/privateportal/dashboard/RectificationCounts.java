package cn.gov.zj.cloud.privateportal.dashboard;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Map;

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
    return Rows.openItems(em, OPEN, today);
  }
}
