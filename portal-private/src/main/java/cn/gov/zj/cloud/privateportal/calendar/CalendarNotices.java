package cn.gov.zj.cloud.privateportal.calendar;

import cn.gov.zj.cloud.domain.calendar.CalendarNotice;
import cn.gov.zj.cloud.domain.calendar.NoticeCsv;
import cn.gov.zj.cloud.domain.calendar.YearSummary;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.audit.AuditAction;
import cn.gov.zj.cloud.privateportal.audit.AuditLog;
import cn.gov.zj.cloud.privateportal.security.Actor;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import cn.gov.zj.cloud.privateportal.tenant.RowScope;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Art. 8–12: the province administrator loads the State Council's notice of a new year without a
 * release: checked line by line, previewed, stored whole years at a time, audited; deadlines
 * computed afterwards count on it.
 */
@ApplicationScoped
@Transactional
public class CalendarNotices {

  @PersistenceContext(unitName = "private")
  private EntityManager em;

  @Resource(lookup = "java:app/jdbc/private")
  private DataSource dataSource;

  @Resource private TransactionSynchronizationRegistry transactions;

  @Inject private CurrentActor actor;
  @Inject private WorkingCalendar calendar;
  @Inject private AuditLog audit;

  /**
   * Checks a notice and tells what it holds; changes nothing. Years: those declared, or the lines'.
   */
  public CalendarNotice preview(byte[] csv, Set<Year> years) {
    actor.get().require(Role.PROVINCE_ADMIN);
    Violations violations = new Violations();
    CalendarNotice notice =
        years.isEmpty()
            ? NoticeCsv.parse(csv, violations)
            : NoticeCsv.parse(csv, years, violations);
    violations.throwIfAny();
    return notice;
  }

  /** Stores the notice over its years and audits it; the calendar is re-read once committed. */
  public CalendarNotice load(byte[] csv, Set<Year> years) {
    CalendarNotice notice = preview(csv, years);
    Actor who = actor.get();
    RowScope.tenant(em, who.tenant().id());
    try (Connection connection = dataSource.getConnection()) {
      NoticeStore.write(connection, notice, who.username());
    } catch (SQLException e) {
      throw new IllegalStateException("cannot store the calendar notice", e);
    }
    audit.record(
        who, AuditAction.CALENDAR_NOTICE_LOAD, "calendar", yearsOf(notice), null, summary(notice));
    transactions.registerInterposedSynchronization(new ReloadAfterCommit(calendar));
    return notice;
  }

  private static String yearsOf(CalendarNotice notice) {
    return notice.years().stream().map(Year::toString).collect(Collectors.joining(","));
  }

  private static Map<String, Object> summary(CalendarNotice notice) {
    Map<String, Object> state = new LinkedHashMap<>();
    for (YearSummary year : notice.summary()) {
      state.put(
          year.year().toString(),
          year.holidays() + " holidays, " + year.makeupWorkdays() + " make-up working days");
    }
    return state;
  }

  /** Re-reads the calendar after the notice is committed, never before nor after a rollback. */
  private record ReloadAfterCommit(WorkingCalendar calendar) implements Synchronization {
    @Override
    public void beforeCompletion() {
      // nothing to do before the commit
    }

    @Override
    public void afterCompletion(int status) {
      if (status == Status.STATUS_COMMITTED) {
        calendar.reload();
      }
    }
  }
}
