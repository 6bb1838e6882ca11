package cn.gov.zj.cloud.privateportal.usage;

import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.domain.tenant.Tenant;
import cn.gov.zj.cloud.domain.tenant.TenantDirectory;
import cn.gov.zj.cloud.privateportal.calendar.WorkingCalendar;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Art. 15: looks every {@code ZJ_USAGE_REPORT_SCAN_SECONDS} (default 3600) whether the monthly
 * reports are due (the first working day of the month) and produces them, one tenant after another;
 * a tenant that fails is logged and retried next time.
 */
@Startup
@Singleton
@DependsOn({"SchemaMigrator", "WorkingCalendar"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MonthlyReportWatch {

  private static final Logger LOG = Logger.getLogger(MonthlyReportWatch.class.getName());

  @Resource private TimerService timers;
  @EJB private MonthlyReports reports;
  @EJB private WorkingCalendar calendar;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "ZJ_USAGE_REPORT_SCAN_SECONDS", defaultValue = "3600")
  long seconds;

  @PostConstruct
  void start() {
    long interval = Math.max(1, seconds) * 1000;
    timers.createIntervalTimer(interval, interval, new TimerConfig("monthly-reports", false));
  }

  @Timeout
  void tick() {
    runAll(clock.instant());
  }

  /** Art. 15: the reports due at {@code now} for every tenant; the number of unit reports. */
  public int runAll(Instant now) {
    OfficialCalendar current = calendar.current();
    LocalDate today = OfficialCalendar.dateOf(now);
    int delivered = 0;
    for (Tenant tenant : TenantDirectory.load().all()) {
      try {
        delivered += reports.run(tenant.id().value(), current, today, now);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "monthly reports failed for " + tenant.id().value(), e);
      }
    }
    return delivered;
  }
}
