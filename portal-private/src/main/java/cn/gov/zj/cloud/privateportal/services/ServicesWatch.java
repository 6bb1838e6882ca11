package cn.gov.zj.cloud.privateportal.services;

import cn.gov.zj.cloud.privateportal.calendar.WorkingCalendar;
import cn.gov.zj.cloud.privateportal.notification.TenantScans;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Art. 14: scans the provider's services (overdue responses, training reminders, quarters without a
 * session) every {@code ZJ_SERVICES_SCAN_SECONDS} (default 300), one tenant after another; a tenant
 * that fails is logged and retried next time.
 */
@Startup
@Singleton
@DependsOn({"SchemaMigrator", "WorkingCalendar"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ServicesWatch {

  private static final Logger LOG = Logger.getLogger(ServicesWatch.class.getName());

  @Resource private TimerService timers;
  @EJB private ServicesScan scan;
  @EJB private WorkingCalendar calendar;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "ZJ_SERVICES_SCAN_SECONDS", defaultValue = "300")
  long seconds;

  @PostConstruct
  void start() {
    TenantScans.every(timers, seconds, "services-watch");
  }

  @Timeout
  void tick() {
    scanAll();
  }

  /** Scans every tenant now; the number of notifications written. */
  public int scanAll() {
    return TenantScans.everyTenant(
        LOG, "services scan", tenant -> scan.scan(tenant, calendar.current(), clock.instant()));
  }
}
