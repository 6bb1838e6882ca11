package cn.gov.zj.cloud.privateportal.dashboard;

import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.domain.dashboard.DashboardYear;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * Art. 15: the one reading of the usage samples for the dashboards, per tenant and month, from the
 * counters the V26 triggers keep per tenant and day as samples arrive and are replaced ({@code
 * usage_count}).
 */
final class UsageCounts {

  private static final String SAMPLES =
      "select tenant_id, extract(month from day)::int, sum(samples), sum(cpu_sum),"
          + " sum(mem_sum) from usage_count where day >= ?1 and day < ?2 group by 1, 2";

  private UsageCounts() {}

  static Map<String, Utilization> read(EntityManager em, DashboardYear year) {
    Map<String, Utilization> figures = new TreeMap<>();
    LocalDate first = OfficialCalendar.dateOf(year.start());
    for (Object[] row :
        Rows.of(em, SAMPLES, Date.valueOf(first), Date.valueOf(first.plusYears(1)))) {
      Utilization month =
          Utilization.none()
              .add(
                  Rows.month(row[1]),
                  Rows.count(row[2]),
                  ((Number) row[3]).doubleValue(),
                  ((Number) row[4]).doubleValue());
      figures.merge((String) row[0], month, Utilization::plus);
    }
    return figures;
  }
}
