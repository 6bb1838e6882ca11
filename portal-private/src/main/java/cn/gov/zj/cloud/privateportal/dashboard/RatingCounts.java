package cn.gov.zj.cloud.privateportal.dashboard;

import cn.gov.zj.cloud.domain.dashboard.DashboardYear;
import cn.gov.zj.cloud.domain.dashboard.MonthlyShare;
import cn.gov.zj.cloud.domain.feedback.Grade;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.TreeMap;

/**
 * Art. 23: the one reading of the ratings for the dashboards, per tenant, kind and month (Beijing)
 * rated, from the counters the V23 trigger keeps as ratings arrive ({@code dashboard_count}, item
 * {@code KIND:GRADE}): {@code PROVIDER} ratings are the units', {@code CITIZEN} the citizens'; a
 * follow-up ({@code follow_up_of}) is not a rating of its own. Which grades are satisfied is the
 * domain's rule ({@link Grade#satisfied()}).
 */
final class RatingCounts {

  private static final String RATED =
      "select tenant_id, item, month, n from dashboard_count where figure = 'RATED'"
          + " and year = ?1 and n <> 0";

  private RatingCounts() {}

  static Map<String, Satisfaction> read(EntityManager em, DashboardYear year) {
    Map<String, Satisfaction> figures = new TreeMap<>();
    for (Object[] row : Rows.of(em, RATED, year.value())) {
      String[] kindAndGrade = ((String) row[1]).split(":", 2);
      long rated = Rows.count(row[3]);
      long satisfied = Grade.valueOf(kindAndGrade[1]).satisfied() ? rated : 0;
      MonthlyShare month = MonthlyShare.none().add(Rows.month(row[2]), satisfied, rated);
      Satisfaction one =
          "CITIZEN".equals(kindAndGrade[0])
              ? new Satisfaction(MonthlyShare.none(), month)
              : new Satisfaction(month, MonthlyShare.none());
      figures.merge((String) row[0], one, Satisfaction::plus);
    }
    return figures;
  }
}
