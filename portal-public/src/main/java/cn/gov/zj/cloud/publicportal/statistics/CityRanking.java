package cn.gov.zj.cloud.publicportal.statistics;

import cn.gov.zj.cloud.domain.feedback.Grade;
import cn.gov.zj.cloud.domain.feedback.RatingKind;
import cn.gov.zj.cloud.domain.feedback.Satisfaction;
import cn.gov.zj.cloud.domain.feedback.SatisfactionRanking;
import cn.gov.zj.cloud.domain.tenant.Tenant;
import cn.gov.zj.cloud.domain.tenant.TenantDirectory;
import cn.gov.zj.cloud.publicportal.persistence.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Art. 23 (晾晒): the public ranking of every tenant by its citizens' satisfaction rate in a month or
 * a year, with its bad-review rate and its units' ratings beside. The one read across tenants of
 * the public statistics: through {@link Transactions#ranking}, read-only, where only the counts of
 * {@code satisfaction_count} are visible (migration V7). Counts only, nothing personal.
 */
@ApplicationScoped
public class CityRanking {

  @Inject private Transactions transactions;
  @Inject private TenantDirectory tenants;

  /** Art. 23: every tenant of the directory, ranked; one without ratings last, unranked. */
  public List<SatisfactionRanking.Entry> of(StatisticsPeriod period) {
    Map<String, Map<RatingKind, Satisfaction>> counted =
        transactions.ranking("rank the tenants", c -> counts(c, period));
    Map<String, Satisfaction> citizens = new HashMap<>();
    Map<String, Satisfaction> units = new HashMap<>();
    for (Tenant tenant : tenants.all()) {
      Map<RatingKind, Satisfaction> own = counted.getOrDefault(tenant.id().value(), Map.of());
      citizens.put(tenant.id().value(), own.getOrDefault(RatingKind.CITIZEN, none()));
      units.put(tenant.id().value(), own.getOrDefault(RatingKind.PROVIDER, none()));
    }
    return SatisfactionRanking.of(citizens, units);
  }

  private static Satisfaction none() {
    return new Satisfaction(Map.of());
  }

  private static Map<String, Map<RatingKind, Satisfaction>> counts(
      Connection c, StatisticsPeriod period) throws SQLException {
    Map<String, Map<RatingKind, Satisfaction>> counts = new HashMap<>();
    try (PreparedStatement query =
        c.prepareStatement(
            "select tenant_id, kind, grade, sum(ratings) from satisfaction_count"
                + " where month >= ? and month < ? group by 1, 2, 3")) {
      query.setDate(1, period.firstMonth());
      query.setDate(2, period.endMonth());
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          Satisfaction one =
              new Satisfaction(Map.of(Grade.valueOf(rows.getString(3)), rows.getLong(4)));
          counts
              .computeIfAbsent(rows.getString(1), t -> new HashMap<>())
              .merge(RatingKind.valueOf(rows.getString(2)), one, Satisfaction::plus);
        }
      }
    }
    return counts;
  }
}
