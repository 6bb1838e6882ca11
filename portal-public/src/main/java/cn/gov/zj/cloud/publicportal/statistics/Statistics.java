package cn.gov.zj.cloud.publicportal.statistics;

import cn.gov.zj.cloud.domain.feedback.Grade;
import cn.gov.zj.cloud.domain.feedback.Satisfaction;
import cn.gov.zj.cloud.domain.tenant.Tenant;
import cn.gov.zj.cloud.publicportal.persistence.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Art. 23: a tenant's public statistics of one month (Beijing time): the ratings per grade (first
 * ratings; a follow-up is not counted twice) and the consultations' reply times. Counts only,
 * nothing personal.
 */
@ApplicationScoped
public class Statistics {

  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  @Inject private Transactions transactions;

  public Satisfaction satisfaction(Tenant tenant, YearMonth month) {
    return transactions.read(tenant, "count ratings", c -> satisfaction(c, tenant, month));
  }

  public ReplyTimes replyTimes(Tenant tenant, YearMonth month) {
    return transactions.read(tenant, "measure reply times", c -> replyTimes(c, tenant, month));
  }

  private static Satisfaction satisfaction(Connection connection, Tenant tenant, YearMonth month)
      throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "select grade, count(*) from rating where tenant_id = ? and follow_up_of is null"
                + " and rated_at >= ? and rated_at < ? group by grade")) {
      bind(query, tenant, month);
      Map<Grade, Long> byGrade = new EnumMap<>(Grade.class);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          byGrade.put(Grade.valueOf(rows.getString(1)), rows.getLong(2));
        }
      }
      return new Satisfaction(byGrade);
    }
  }

  private static ReplyTimes replyTimes(Connection connection, Tenant tenant, YearMonth month)
      throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "select count(*), count(replied_at),"
                + " percentile_cont(0.5) within group (order by extract(epoch from"
                + " replied_at - submitted_at)) filter (where replied_at is not null),"
                + " avg(extract(epoch from replied_at - submitted_at))"
                + " from consultation where tenant_id = ? and submitted_at >= ?"
                + " and submitted_at < ?")) {
      bind(query, tenant, month);
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

  private static void bind(PreparedStatement query, Tenant tenant, YearMonth month)
      throws SQLException {
    query.setString(1, tenant.id().value());
    query.setTimestamp(2, Timestamp.from(start(month)));
    query.setTimestamp(3, Timestamp.from(start(month.plusMonths(1))));
  }

  private static Instant start(YearMonth month) {
    return month.atDay(1).atStartOfDay(BEIJING).toInstant();
  }
}
