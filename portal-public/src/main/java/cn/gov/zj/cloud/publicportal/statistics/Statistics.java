package cn.gov.zj.cloud.publicportal.statistics;

import cn.gov.zj.cloud.domain.feedback.Grade;
import cn.gov.zj.cloud.domain.feedback.RatingKind;
import cn.gov.zj.cloud.domain.feedback.Satisfaction;
import cn.gov.zj.cloud.domain.tenant.Tenant;
import cn.gov.zj.cloud.publicportal.persistence.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Art. 23: a tenant's public statistics of one period (Beijing time): the first ratings per grade,
 * citizens' and units' counted apart (a follow-up is not counted twice), read from the counts kept
 * as the ratings arrive ({@code satisfaction_count}, migration V7), and the consultations' reply
 * times. Counts only, nothing personal.
 */
@ApplicationScoped
public class Statistics {

  @Inject private Transactions transactions;

  /** Art. 23: the citizens' ratings of the month, as the public statistics publish them. */
  public Satisfaction satisfaction(Tenant tenant, YearMonth month) {
    return satisfaction(tenant, RatingKind.CITIZEN, StatisticsPeriod.month(month));
  }

  /** Art. 23: the ratings of one kind of rater in the period. */
  public Satisfaction satisfaction(Tenant tenant, RatingKind kind, StatisticsPeriod period) {
    return transactions.read(tenant, "count ratings", c -> counted(c, tenant, kind, period));
  }

  public ReplyTimes replyTimes(Tenant tenant, YearMonth month) {
    return replyTimes(tenant, StatisticsPeriod.month(month));
  }

  public ReplyTimes replyTimes(Tenant tenant, StatisticsPeriod period) {
    return transactions.read(tenant, "measure reply times", c -> replyTimes(c, tenant, period));
  }

  private static Satisfaction counted(
      Connection connection, Tenant tenant, RatingKind kind, StatisticsPeriod period)
      throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "select grade, sum(ratings) from satisfaction_count where tenant_id = ? and kind = ?"
                + " and month >= ? and month < ? group by grade")) {
      query.setString(1, tenant.id().value());
      query.setString(2, kind.name());
      query.setDate(3, period.firstMonth());
      query.setDate(4, period.endMonth());
      Map<Grade, Long> byGrade = new EnumMap<>(Grade.class);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          byGrade.put(Grade.valueOf(rows.getString(1)), rows.getLong(2));
        }
      }
      return new Satisfaction(byGrade);
    }
  }

  private static ReplyTimes replyTimes(
      Connection connection, Tenant tenant, StatisticsPeriod period) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "select count(*), count(replied_at),"
                + " percentile_cont(0.5) within group (order by extract(epoch from"
                + " replied_at - submitted_at)) filter (where replied_at is not null),"
                + " avg(extract(epoch from replied_at - submitted_at))"
                + " from consultation where tenant_id = ? and submitted_at >= ?"
                + " and submitted_at < ?")) {
      query.setString(1, tenant.id().value());
      query.setTimestamp(2, period.from());
      query.setTimestamp(3, period.until());
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return new ReplyTimes(row.getLong(1), row.getLong(2), hours(row, 3), hours(row, 4));
      }
    }
  }

  private static Optional<Double> hours(ResultSet row, int column) throws SQLException {
    double seconds = row.getDouble(column);
    return row.wasNull() ? Optional.empty() : Optional.of(Math.round(seconds / 36.0) / 100.0);
  }
}
