package cn.gov.zj.cloud.publicportal.statistics;

import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.domain.feedback.Rectification;
import cn.gov.zj.cloud.domain.feedback.RectificationRate;
import cn.gov.zj.cloud.domain.tenant.Tenant;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Art. 23 (差评整改率): a period's bad reviews per service, summed from the counts kept as they arrive
 * and are answered ({@code rectification_count}, migration V8) against each rated day's due dates
 * on the official calendar, which stay in Java. The same five counts as {@link
 * RectificationRate#of} over the rows at the same instant: an obligation is done in time when done
 * by the end of its due date in Beijing (done day &le; due date), and decided when done or when
 * that end has passed (today in Beijing &gt; due date).
 */
final class RectificationCounts {

  private static final String SUMS =
      "select c.service_id, sum(c.n),"
          + " sum(c.n) filter (where c.called_back_day <= d.callback_due),"
          + " sum(c.n) filter (where c.called_back_day is not null or d.callback_due < ?),"
          + " sum(c.n) filter (where c.reported_day <= d.report_due),"
          + " sum(c.n) filter (where c.reported_day is not null or d.report_due < ?)"
          + " from rectification_count c"
          + " join unnest(?::date[], ?::date[], ?::date[]) as d(day, callback_due, report_due)"
          + " on d.day = c.rated_day"
          + " where c.tenant_id = ? and c.rated_day >= ? and c.rated_day < ?";

  private static final String BY_SERVICE = " group by c.service_id";

  private RectificationCounts() {}

  /**
   * Art. 23: the rectification of each service's bad reviews rated in {@code period} (of the
   * services {@code ids}, or of all), as it stands at {@code now}; a service without any is absent.
   */
  static Map<Long, RectificationRate> perService(
      Connection c, Tenant tenant, StatisticsPeriod period, Optional<Long[]> ids, Instant now)
      throws SQLException {
    String sql = SUMS + (ids.isPresent() ? " and c.service_id = any(?)" : "") + BY_SERVICE;
    try (PreparedStatement query = c.prepareStatement(sql)) {
      LocalDate today = OfficialCalendar.dateOf(now);
      query.setObject(1, today);
      query.setObject(2, today);
      bindDueDates(c, query, 3, period);
      query.setString(6, tenant.id().value());
      query.setObject(7, period.start());
      query.setObject(8, period.end());
      if (ids.isPresent()) {
        query.setArray(9, c.createArrayOf("bigint", ids.get()));
      }
      return read(query);
    }
  }

  /** Art. 23: every Beijing day of the period with its call-back and report due dates. */
  private static void bindDueDates(
      Connection c, PreparedStatement query, int first, StatisticsPeriod period)
      throws SQLException {
    OfficialCalendar calendar = OfficialCalendar.builtIn();
    List<LocalDate> days = period.start().datesUntil(period.end()).toList();
    Date[] rated = new Date[days.size()];
    Date[] callback = new Date[days.size()];
    Date[] report = new Date[days.size()];
    for (int i = 0; i < rated.length; i++) {
      LocalDate day = days.get(i);
      rated[i] = Date.valueOf(day);
      callback[i] = Date.valueOf(calendar.dueDate(day, Rectification.CALLBACK).date());
      report[i] = Date.valueOf(calendar.dueDate(day, Rectification.REPORT).date());
    }
    query.setArray(first, c.createArrayOf("date", rated));
    query.setArray(first + 1, c.createArrayOf("date", callback));
    query.setArray(first + 2, c.createArrayOf("date", report));
  }

  private static Map<Long, RectificationRate> read(PreparedStatement query) throws SQLException {
    Map<Long, RectificationRate> rates = new HashMap<>();
    try (ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        rates.put(
            rows.getLong(1),
            new RectificationRate(
                rows.getLong(2),
                rows.getLong(3),
                rows.getLong(4),
                rows.getLong(5),
                rows.getLong(6)));
      }
    }
    return rates;
  }
}
