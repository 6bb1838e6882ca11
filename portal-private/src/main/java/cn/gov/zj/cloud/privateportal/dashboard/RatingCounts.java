package cn.gov.zj.cloud.privateportal.dashboard;

import cn.gov.zj.cloud.domain.dashboard.DashboardYear;
import cn.gov.zj.cloud.domain.dashboard.MonthlyShare;
import cn.gov.zj.cloud.domain.feedback.Grade;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Art. 23: the one reading of the ratings for the dashboards, per tenant, kind and month (Beijing)
 * rated: {@code PROVIDER} ratings are the units', {@code CITIZEN} the citizens'; a follow-up
 * ({@code follow_up_of}) is not a rating of its own.
 */
final class RatingCounts {

  private static final String RATED =
      "select tenant_id, kind, "
          + String.format(Rows.MONTH, "rated_at")
          + ", count(*), count(*) filter (where grade in ("
          + Rows.constants(Arrays.stream(Grade.values()).filter(Grade::satisfied))
          + ")) from service_rating"
          + " where follow_up_of is null and rated_at >= ?1 and rated_at < ?2 group by 1, 2, 3";

  private RatingCounts() {}

  static Map<String, Satisfaction> read(EntityManager em, DashboardYear year) {
    Map<String, Satisfaction> figures = new TreeMap<>();
    for (Object[] row :
        Rows.of(em, RATED, Timestamp.from(year.start()), Timestamp.from(year.end()))) {
      MonthlyShare month =
          MonthlyShare.none().add(Rows.month(row[2]), Rows.count(row[4]), Rows.count(row[3]));
      Satisfaction one =
          "CITIZEN".equals(row[1])
              ? new Satisfaction(MonthlyShare.none(), month)
              : new Satisfaction(month, MonthlyShare.none());
      figures.merge((String) row[0], one, Satisfaction::plus);
    }
    return figures;
  }
}
