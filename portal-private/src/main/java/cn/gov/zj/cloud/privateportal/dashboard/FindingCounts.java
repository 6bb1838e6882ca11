package cn.gov.zj.cloud.privateportal.dashboard;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Map;

/**
 * Art. 17: the one reading of the security findings for the dashboards: open until verified ({@code
 * OPEN}, {@code SUBMITTED}), overdue when their rectification was due before today.
 */
final class FindingCounts {

  private static final String OPEN =
      "select tenant_id, count(*), count(*) filter (where rectification_due < ?1) from finding"
          + " where state in ('OPEN', 'SUBMITTED') group by 1";

  private FindingCounts() {}

  static Map<String, OpenItems> read(EntityManager em, LocalDate today) {
    return Rows.openItems(em, OPEN, today);
  }
}
