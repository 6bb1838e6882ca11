package cn.gov.zj.cloud.publicportal.rating;

import cn.gov.zj.cloud.publicportal.interconnect.Outbox;
import cn.gov.zj.cloud.publicportal.persistence.Transactions;
import cn.gov.zj.cloud.publicportal.security.SecretBox;
import cn.gov.zj.cloud.publicportal.tenant.TenantScope;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Art. 23, 24: citizens' ratings stored together (group commit). A request hands its signed and
 * sealed rating to one of {@link #WRITERS} writer threads and waits; a writer takes everything that
 * queued up meanwhile, at most {@link #MAX_BATCH}, and stores it in one transaction ({@link
 * CitizenRatingBatch}). A request is answered only after its transaction committed, so an
 * acknowledged rating is stored. When a transaction fails, each of its ratings is tried again in a
 * transaction of its own, so that one bad rating fails only its own request.
 */
@ApplicationScoped
public class CitizenRatingWriter {

  /** Transactions in flight at once: each holds one connection of the pool. */
  static final int WRITERS = 3;

  /** The most ratings one transaction stores. */
  static final int MAX_BATCH = 256;

  /** How long a request waits for its transaction before it gives up with a 500. */
  private static final long WAIT_SECONDS = 60;

  private static final Logger LOG = Logger.getLogger(CitizenRatingWriter.class.getName());

  @Resource private ManagedThreadFactory threads;
  @Inject private Transactions transactions;
  @Inject private SecretBox box;
  @Inject private Outbox outbox;

  private final BlockingQueue<PendingRating> queue = new LinkedBlockingQueue<>();
  private final List<Thread> writers = new ArrayList<>();
  private volatile boolean started;
  private volatile boolean stopping;

  /** Stores {@code rating} with the others waiting; returns once it is committed. */
  RatingReceipt store(PendingRating rating) {
    if (!started) {
      startWriters();
    }
    if (stopping) {
      throw new IllegalStateException("the portal is stopping; the rating was not stored");
    }
    queue.add(rating);
    try {
      return rating.outcome().get(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw new IllegalStateException("cannot store a rating", e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException("a rating waited too long to be stored", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while a rating was stored", e);
    }
  }

  private synchronized void startWriters() {
    if (started || stopping) {
      return;
    }
    for (int i = 0; i < WRITERS; i++) {
      Thread writer = threads.newThread(this::write);
      writer.setName("citizen-rating-writer-" + i);
      writer.start();
      writers.add(writer);
    }
    started = true;
  }

  private void write() {
    List<PendingRating> batch = new ArrayList<>(MAX_BATCH);
    while (!stopping) {
      try {
        PendingRating first = queue.poll(1, TimeUnit.SECONDS);
        if (first != null) {
          batch.add(first);
          queue.drainTo(batch, MAX_BATCH - 1);
          storeOrSplit(batch, this::storeTogether);
          batch.clear();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return; // stop() fails what is still queued
      }
    }
  }

  /**
   * Wall 4: one transaction for the batch, each tenant's ratings under that tenant's row scope, the
   * tenants in one order (so that two writers still take their locks in one order).
   */
  private void storeTogether(List<PendingRating> batch) {
    Map<String, List<PendingRating>> byTenant = new TreeMap<>();
    batch.forEach(r -> byTenant.computeIfAbsent(r.row().tenant(), t -> new ArrayList<>()).add(r));
    transactions.run(
        "store ratings",
        connection -> {
          for (Map.Entry<String, List<PendingRating>> group : byTenant.entrySet()) {
            TenantScope.tenant(connection, group.getKey());
            CitizenRatingBatch.store(connection, group.getValue(), box, outbox);
          }
          return null;
        });
  }

  /**
   * Stores {@code batch} with {@code store} in one transaction and then answers its requests; when
   * that transaction fails, each rating is stored alone, so that only a rating that fails alone
   * fails its request. When the database cannot be reached, trying each alone would only fail
   * again: the whole batch fails at once.
   */
  static void storeOrSplit(List<PendingRating> batch, Consumer<List<PendingRating>> store) {
    try {
      store.accept(batch);
    } catch (RuntimeException e) {
      if (batch.size() == 1 || unreachable(e)) {
        batch.forEach(rating -> rating.outcome().completeExceptionally(e));
        return;
      }
      LOG.log(Level.WARNING, "a batch of {0} ratings failed; each is tried alone", batch.size());
      batch.forEach(rating -> storeOrSplit(List.of(rating), store));
      return;
    }
    batch.forEach(PendingRating::settle);
  }

  /** SQL state class 08: the connection failed, not a statement. */
  private static boolean unreachable(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("08")) {
        return true;
      }
    }
    return false;
  }

  private static void fail(List<PendingRating> ratings) {
    ratings.forEach(
        rating ->
            rating
                .outcome()
                .completeExceptionally(new IllegalStateException("the portal is stopping")));
  }

  @PreDestroy
  synchronized void stop() {
    stopping = true;
    writers.forEach(Thread::interrupt);
    List<PendingRating> left = new ArrayList<>();
    queue.drainTo(left);
    fail(left);
  }
}
