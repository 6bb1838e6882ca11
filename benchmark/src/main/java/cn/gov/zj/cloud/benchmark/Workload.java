package cn.gov.zj.cloud.benchmark;

import cn.gov.zj.cloud.domain.security.Role;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Concurrent clients that alternate the two calls over random tenants: the inbox (Art. 8–12) of a
 * reviewer, a provider operator or a unit applicant, and the detail (Art. 6) of a random
 * application of the tenant, as its reviewer. The first {@code warmup} calls of each kind are not
 * recorded.
 */
final class Workload {

  static final List<Role> INBOX_ROLES =
      List.of(Role.REVIEWER, Role.PROVIDER_OPERATOR, Role.UNIT_APPLICANT);

  private final BenchSettings settings;
  private final HttpClient http;
  private final Tokens tokens;
  private final String api;
  private final List<String> tenants;
  private final Map<String, long[]> idRanges;
  private final Latencies inbox;
  private final Latencies detail;
  private final AtomicInteger tickets = new AtomicInteger();
  private final AtomicLong measuredFrom = new AtomicLong();

  /**
   * @param idRanges per tenant the first and last id of its applications, all of which exist
   */
  Workload(
      BenchSettings settings,
      HttpClient http,
      Tokens tokens,
      String privateBaseUrl,
      Map<String, long[]> idRanges) {
    this.settings = settings;
    this.http = http;
    this.tokens = tokens;
    this.api = privateBaseUrl + "/api/v1/tenants/";
    this.tenants = List.copyOf(idRanges.keySet());
    this.idRanges = idRanges;
    this.inbox = new Latencies(settings.requests());
    this.detail = new Latencies(settings.requests());
  }

  /** Runs every call; the seconds of the measured part. */
  double run() throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(settings.clients());
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < settings.clients(); i++) {
        done.add(clients.submit(this::client));
      }
      for (Future<?> client : done) {
        client.get();
      }
    } finally {
      clients.shutdownNow();
    }
    return (System.nanoTime() - measuredFrom.get()) / 1e9;
  }

  Latencies inbox() {
    return inbox;
  }

  Latencies detail() {
    return detail;
  }

  /** Takes tickets until none is left: even ones are inbox calls, odd ones detail calls. */
  private Void client() {
    int warm = 2 * settings.warmup();
    int last = warm + 2 * settings.requests();
    for (int ticket = tickets.getAndIncrement();
        ticket < last;
        ticket = tickets.getAndIncrement()) {
      if (ticket == warm) {
        measuredFrom.set(System.nanoTime());
      }
      if (ticket > 0 && ticket % Math.max(1, last / 10) == 0) {
        System.out.printf("  %,d of %,d calls (%s)%n", ticket, last, Machine.loadAverage());
      }
      String tenant = tenants.get(ThreadLocalRandom.current().nextInt(tenants.size()));
      boolean isInbox = ticket % 2 == 0;
      Role role = isInbox ? randomInboxRole() : Role.REVIEWER;
      String path = isInbox ? "/inbox?page=0&size=20" : "/applications/" + randomId(tenant);
      String token = tokens.of(tenant, role.realmRole());
      long start = System.nanoTime();
      String error = null;
      int size = 0;
      try {
        HttpResponse<byte[]> response = http.send(get(token, tenant + path), ofBytes());
        size = response.body().length;
        error = response.statusCode() == 200 ? null : "HTTP " + response.statusCode();
      } catch (IOException e) {
        error = e.getClass().getSimpleName();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
      long elapsed = System.nanoTime() - start;
      if (ticket >= warm) {
        (isInbox ? inbox : detail).record((ticket - warm) / 2, elapsed, error, size);
      }
    }
    return null;
  }

  private HttpRequest get(String token, String path) {
    return HttpRequest.newBuilder(URI.create(api + path))
        .header("Authorization", "Bearer " + token)
        .timeout(Duration.ofSeconds(60))
        .GET()
        .build();
  }

  private static HttpResponse.BodyHandler<byte[]> ofBytes() {
    return HttpResponse.BodyHandlers.ofByteArray();
  }

  private static Role randomInboxRole() {
    return INBOX_ROLES.get(ThreadLocalRandom.current().nextInt(INBOX_ROLES.size()));
  }

  private long randomId(String tenant) {
    long[] range = idRanges.get(tenant);
    return ThreadLocalRandom.current().nextLong(range[0], range[1] + 1);
  }
}
