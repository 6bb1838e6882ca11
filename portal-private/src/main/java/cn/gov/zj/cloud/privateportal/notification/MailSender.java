package cn.gov.zj.cloud.privateportal.notification;

import cn.gov.zj.cloud.domain.tenant.Tenant;
import cn.gov.zj.cloud.domain.tenant.TenantDirectory;
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
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Art. 8–12: mails pending notifications every {@code ZJ_MAIL_SECONDS} (default 10); a tenant's
 * backlog is taken batch after batch (each its own transaction) until a batch is not full, at most
 * {@value #MAX_BATCHES} batches per tenant and tick, so that one tenant's backlog cannot hold up
 * the others.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailSender {

  private static final Logger LOG = Logger.getLogger(MailSender.class.getName());
  static final int MAX_BATCHES = 50;

  @Resource private TimerService timers;
  @EJB private MailBatch batch;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "ZJ_MAIL_SECONDS", defaultValue = "10")
  long seconds;

  @PostConstruct
  void start() {
    long interval = Math.max(1, seconds) * 1000;
    timers.createIntervalTimer(interval, interval, new TimerConfig("mail-sender", false));
  }

  @Timeout
  void tick() {
    sendAll();
  }

  /** Sends what is due in every tenant; the number of mails sent. */
  public int sendAll() {
    int sent = 0;
    for (Tenant tenant : TenantDirectory.load().all()) {
      try {
        sent += drain(tenant.id().value());
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "mail batch failed for " + tenant.id().value(), e);
      }
    }
    return sent;
  }

  private int drain(String tenant) {
    int sent = 0;
    for (int i = 0; i < MAX_BATCHES; i++) {
      MailBatch.Outcome outcome = batch.send(tenant, clock.instant());
      sent += outcome.sent();
      if (!outcome.full()) {
        break;
      }
    }
    return sent;
  }
}
