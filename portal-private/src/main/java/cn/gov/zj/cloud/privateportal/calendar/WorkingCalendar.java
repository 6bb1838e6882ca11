package cn.gov.zj.cloud.privateportal.calendar;

import cn.gov.zj.cloud.domain.calendar.CalendarDay;
import cn.gov.zj.cloud.domain.calendar.CalendarNotice;
import cn.gov.zj.cloud.domain.calendar.DayKind;
import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * Art. 8–12: the one official calendar of the portal, read from the database at boot (seeded with
 * the notices shipped in shared-domain when the database has none) and after each new notice.
 * Deadlines come from here only.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WorkingCalendar {

  @Resource(lookup = "java:app/jdbc/private")
  private DataSource dataSource;

  private volatile OfficialCalendar current;

  @PostConstruct
  synchronized void load() {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      if (loadedYears(connection).isEmpty()) {
        NoticeStore.write(connection, OfficialCalendar.builtIn().notice(), "built-in");
      }
      current = OfficialCalendar.of(read(connection));
      connection.commit();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the official calendar", e);
    }
  }

  /** The calendar in force. */
  public OfficialCalendar current() {
    return current;
  }

  /** Called after a new notice was committed: the next deadline counts on it. */
  public void reload() {
    load();
  }

  private static CalendarNotice read(Connection connection) throws SQLException {
    Set<Year> years = loadedYears(connection);
    List<CalendarDay> days = new ArrayList<>();
    try (PreparedStatement query =
            connection.prepareStatement("select day, kind, name from calendar_day order by day");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        days.add(
            new CalendarDay(
                rows.getDate(1).toLocalDate(),
                DayKind.valueOf(rows.getString(2)),
                rows.getString(3)));
      }
    }
    return new CalendarNotice(years, days);
  }

  private static Set<Year> loadedYears(Connection connection) throws SQLException {
    Set<Year> years = new TreeSet<>();
    try (PreparedStatement query = connection.prepareStatement("select year from calendar_year");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        years.add(Year.of(rows.getInt(1)));
      }
    }
    return years;
  }
}
