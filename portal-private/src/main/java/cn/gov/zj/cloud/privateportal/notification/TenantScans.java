package cn.gov.zj.cloud.privateportal.notification;

import cn.gov.zj.cloud.domain.tenant.Tenant;
import cn.gov.zj.cloud.domain.tenant.TenantDirectory;
import cn.gov.zj.cloud.domain.tenant.TenantId;
import cn.gov.zj.cloud.privateportal.tenant.RowScope;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.persistence.EntityManager;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Art. 8–14: what the scheduled scans share: their interval timer, the walk over every tenant (a
 * tenant that fails is logged and retried next time), and one tenant's advisory lock in the scan's
 * transaction, so that two portals scanning at once do the work once.
 */
public final class TenantScans {

  private TenantScans() {}

  /** One tenant's scan; the number of notifications written. */
  public interface Scan {
    int scan(String tenant);
  }

  /** Starts a non-persistent interval timer of {@code seconds} (at least 1). */
  public static void every(TimerService timers, long seconds, String name) {
    long interval = Math.max(1, seconds) * 1000;
    timers.createIntervalTimer(interval, interval, new TimerConfig(name, false));
  }

  /** Scans every tenant, one after another; the number of notifications written. */
  public static int everyTenant(Logger log, String what, Scan scan) {
    int written = 0;
    for (Tenant tenant : TenantDirectory.load().all()) {
      try {
        written += scan.scan(tenant.id().value());
      } catch (RuntimeException e) {
        log.log(Level.WARNING, what + " failed for " + tenant.id().value(), e);
      }
    }
    return written;
  }

  /**
   * Sets the tenant's row scope and takes the lock {@code name.tenant} for this transaction; false
   * when another instance holds it (skip the tenant).
   */
  public static boolean lock(EntityManager em, String tenant, String name) {
    RowScope.tenant(em, new TenantId(tenant));
    Object locked =
        em.createNativeQuery("select pg_try_advisory_xact_lock(hashtext(?1))")
            .setParameter(1, name + "." + tenant)
            .getSingleResult();
    return Boolean.TRUE.equals(locked);
  }
}
