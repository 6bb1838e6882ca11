package cn.gov.zj.cloud.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code clients} threads that take numbered calls until none is left, without think time; the
 * first {@code warmup} calls are made but not recorded.
 */
final class ClosedLoop {

  /** One call: null when it did what it should, else what went wrong. */
  @FunctionalInterface
  interface Call {
    String make(int number) throws Exception;
  }

  private ClosedLoop() {}

  /** Runs every call; the seconds of the measured part. */
  static double run(int clients, int warmup, Latencies measured, int requests, Call call)
      throws Exception {
    AtomicInteger tickets = new AtomicInteger();
    AtomicLong measuredFrom = new AtomicLong(System.nanoTime());
    int last = warmup + requests;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        done.add(
            pool.submit(
                () -> {
                  for (int t = tickets.getAndIncrement(); t < last; t = tickets.getAndIncrement()) {
                    if (t == warmup) {
                      measuredFrom.set(System.nanoTime());
                    }
                    if (t > 0 && t % Math.max(1, last / 10) == 0) {
                      System.out.printf("  %,d of %,d (%s)%n", t, last, Machine.loadAverage());
                    }
                    long start = System.nanoTime();
                    String error;
                    try {
                      error = call.make(t);
                    } catch (Exception e) {
                      error = e.getClass().getSimpleName();
                    }
                    if (t >= warmup) {
                      measured.record(t - warmup, System.nanoTime() - start, error, 0);
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> client : done) {
        client.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return (System.nanoTime() - measuredFrom.get()) / 1e9;
  }
}
