package cn.gov.zj.cloud.privateportal.calendar;

import cn.gov.zj.cloud.domain.calendar.CalendarDay;
import cn.gov.zj.cloud.domain.calendar.CalendarNotice;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Year;

/**
 * Writes a notice's whole years over what the database held for them, in the caller's transaction.
 */
final class NoticeStore {

  private NoticeStore() {}

  static void write(Connection connection, CalendarNotice notice, String loadedBy)
      throws SQLException {
    try (PreparedStatement clear =
            connection.prepareStatement(
                "delete from calendar_day where extract(year from day) = ?");
        PreparedStatement year =
            connection.prepareStatement(
                "insert into calendar_year (year, loaded_at, loaded_by) values (?, now(), ?)"
                    + " on conflict (year) do update set loaded_at = now(), loaded_by = excluded.loaded_by");
        PreparedStatement day =
            connection.prepareStatement(
                "insert into calendar_day (day, kind, name) values (?, ?, ?)")) {
      for (Year loaded : notice.years()) {
        clear.setInt(1, loaded.getValue());
        clear.executeUpdate();
        year.setInt(1, loaded.getValue());
        year.setString(2, loadedBy);
        year.executeUpdate();
      }
      for (CalendarDay entry : notice.days()) {
        day.setDate(1, Date.valueOf(entry.date()));
        day.setString(2, entry.kind().name());
        day.setString(3, entry.name());
        day.addBatch();
      }
      day.executeBatch();
    }
  }
}
