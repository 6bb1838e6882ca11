package cn.gov.zj.cloud.privateportal.interconnect;

import cn.gov.zj.cloud.domain.tenant.Tenant;
import cn.gov.zj.cloud.domain.tenant.TenantDirectory;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.AccessTimeout;
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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Art. 24: the interconnection, started from this zone only, every {@code ZJ_CHANNEL_SECONDS} (0,
 * the default, leaves it to {@link #exchange()} calls): pull the public zone's submissions and
 * apply them, settle them, push the waiting publications, publish the changed directory entries.
 * After a failure the next attempt waits 1, 2, 4 … intervals, at most {@code
 * ZJ_CHANNEL_MAX_BACKOFF_SECONDS}; nothing is lost meanwhile, both sides keep their messages.
 */
@Startup
@Singleton
@DependsOn({"SchemaMigrator", "WorkingCalendar"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@AccessTimeout(value = 10, unit = TimeUnit.MINUTES)
public class Channel {

  private static final Logger LOG = Logger.getLogger(Channel.class.getName());

  /** Submissions per pull. */
  static final int PULL_BATCH = 1000;

  /** Publications per push. */
  static final int PUSH_BATCH = 200;

  /** Batches per direction and exchange, so one direction never starves the other. */
  static final int MAX_BATCHES = 200;

  @Resource private TimerService timers;
  @Inject private PublicZone zone;
  @Inject private ChannelLock lock;
  @EJB private Intake intake;
  @EJB private Outgoing outgoing;
  @EJB private ServiceSync services;
  @EJB private ChannelState state;

  @Inject
  @ConfigProperty(name = "ZJ_CHANNEL_SECONDS", defaultValue = "0")
  long seconds;

  @Inject
  @ConfigProperty(name = "ZJ_CHANNEL_MAX_BACKOFF_SECONDS", defaultValue = "60")
  long maxBackoffSeconds;

  private int failures;
  private Instant nextAttempt = Instant.MIN;

  @PostConstruct
  void start() {
    if (seconds > 0) {
      long interval = seconds * 1000;
      timers.createIntervalTimer(interval, interval, new TimerConfig("interconnect", false));
    }
  }

  @Timeout
  void tick() {
    if (Instant.now().isBefore(nextAttempt)) {
      return;
    }
    exchange();
  }

  /**
   * One exchange now, whatever the back-off says; what moved. Skipped while another instance of
   * this portal exchanges ({@link ChannelLock}).
   */
  public Exchange exchange() {
    Instant started = Instant.now();
    try (ChannelLock.Held held = lock.tryHold()) {
      if (held == null) {
        LOG.fine("another instance of the private portal is exchanging; this turn is skipped");
        return Exchange.SKIPPED;
      }
      PullResult pulled = pullAll();
      int published = syncDirectory();
      int pushed = pushAll();
      state.succeeded(Instant.now(), pulled.last());
      failures = 0;
      nextAttempt = Instant.MIN;
      return new Exchange(true, false, pulled.applied(), pulled.refused(), pushed, published, null);
    } catch (RuntimeException e) {
      failures++;
      Duration wait = backoff();
      nextAttempt = Instant.now().plus(wait);
      LOG.warning("interconnection failed (" + failures + " in a row, next in " + wait + "): " + e);
      state.failed(started, String.valueOf(e.getMessage()));
      return new Exchange(false, false, 0, 0, 0, 0, e.getMessage());
    }
  }

  private PullResult pullAll() {
    int applied = 0;
    int refused = 0;
    PublicZone.Pulled pulled = zone.pull(PULL_BATCH);
    for (int batch = 0; !pulled.items().isEmpty() && batch < MAX_BATCHES; batch++) {
      Intake.Settlement settlement = intake.apply(pulled.items());
      zone.settle(settlement.acked(), settlement.refused());
      applied += settlement.applied();
      refused += settlement.refused().size();
      pulled = zone.pull(PULL_BATCH);
    }
    return new PullResult(applied, refused, pulled);
  }

  private int pushAll() {
    int delivered = 0;
    for (int batch = 0; batch < MAX_BATCHES; batch++) {
      List<Outgoing.Waiting> waiting = outgoing.waiting(PUSH_BATCH);
      if (waiting.isEmpty()) {
        break;
      }
      List<PublicZone.Pushed> outcomes =
          zone.push(waiting.stream().map(Outgoing.Waiting::text).toList());
      delivered += outgoing.settle(waiting, outcomes);
      if (waiting.size() < PUSH_BATCH) {
        break;
      }
    }
    return delivered;
  }

  private int syncDirectory() {
    int published = 0;
    for (Tenant tenant : TenantDirectory.load().all()) {
      published += services.sync(tenant.id());
    }
    return published;
  }

  private Duration backoff() {
    long base = Math.max(1, seconds);
    long factor = 1L << Math.min(failures - 1, 20);
    return Duration.ofSeconds(Math.min(base * factor, Math.max(base, maxBackoffSeconds)));
  }

  private record PullResult(int applied, int refused, PublicZone.Pulled last) {}

  /** What one exchange moved, or why it failed; or that another instance had the turn. */
  public record Exchange(
      boolean succeeded,
      boolean skipped,
      int applied,
      int refused,
      int delivered,
      int published,
      String failure) {

    static final Exchange SKIPPED = new Exchange(false, true, 0, 0, 0, 0, null);
  }
}
