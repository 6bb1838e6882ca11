package cn.gov.zj.cloud.publicportal.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Art. 23: the requests each client made in the current minute, writes and reads apart. The limits
 * are configuration ({@code ZJ_PUBLIC_WRITES_PER_MINUTE}, default 30; {@code
 * ZJ_PUBLIC_READS_PER_MINUTE}, default 300), so that a benchmark may raise them.
 */
@ApplicationScoped
public class ClientWindows {

  private static final long MINUTE = 60_000;
  private static final int MAX_CLIENTS = 100_000;

  @Inject
  @ConfigProperty(name = "ZJ_PUBLIC_WRITES_PER_MINUTE", defaultValue = "30")
  int writesPerMinute;

  @Inject
  @ConfigProperty(name = "ZJ_PUBLIC_READS_PER_MINUTE", defaultValue = "300")
  int readsPerMinute;

  private final Map<String, Window> windows = new ConcurrentHashMap<>();
  private final Clock clock = Clock.systemUTC();

  /** Counts one request; 0 when allowed, else the seconds until the client may try again. */
  public long take(String client, boolean write) {
    long now = clock.millis();
    long minute = now / MINUTE;
    if (windows.size() > MAX_CLIENTS) {
      windows.values().removeIf(window -> window.minute < minute);
    }
    String key = (write ? "w:" : "r:") + client;
    Window window =
        windows.compute(
            key,
            (k, old) -> old == null || old.minute != minute ? new Window(minute, 1) : old.next());
    int limit = write ? writesPerMinute : readsPerMinute;
    return window.count <= limit ? 0 : Math.max(1, ((minute + 1) * MINUTE - now + 999) / 1000);
  }

  private record Window(long minute, int count) {
    Window next() {
      return new Window(minute, count + 1);
    }
  }
}
