package cn.gov.zj.cloud.publicportal.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Art. 23: the requests each client made in the last minute ({@link SlidingMinute}), writes and
 * reads apart. The minute is measured on the monotonic clock, so a wall-clock step neither frees
 * nor blocks a client. The limits are configuration ({@code ZJ_PUBLIC_WRITES_PER_MINUTE}, default
 * 30; {@code ZJ_PUBLIC_READS_PER_MINUTE}, default 300), so that a benchmark may raise them.
 */
@ApplicationScoped
public class ClientWindows {

  private static final int MAX_CLIENTS = 100_000;

  @Inject
  @ConfigProperty(name = "ZJ_PUBLIC_WRITES_PER_MINUTE", defaultValue = "30")
  int writesPerMinute;

  @Inject
  @ConfigProperty(name = "ZJ_PUBLIC_READS_PER_MINUTE", defaultValue = "300")
  int readsPerMinute;

  private final Map<String, SlidingMinute> windows = new ConcurrentHashMap<>();
  private final long origin = System.nanoTime();

  /** Counts one request; 0 when allowed, else the seconds until the client may try again. */
  public long take(String client, boolean write) {
    return take(client, write, (System.nanoTime() - origin) / 1_000_000);
  }

  long take(String client, boolean write, long nowMillis) {
    if (windows.size() > MAX_CLIENTS) {
      windows.values().removeIf(window -> window.idle(nowMillis));
    }
    String key = (write ? "w:" : "r:") + client;
    SlidingMinute window = windows.computeIfAbsent(key, k -> new SlidingMinute(nowMillis));
    return window.take(nowMillis, write ? writesPerMinute : readsPerMinute);
  }

  int clients() {
    return windows.size();
  }
}
