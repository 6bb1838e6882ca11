package cn.gov.zj.cloud.publicportal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Art. 23, Art. 25: the address of the client a request comes from, the one thing every per-client
 * rule (the rate limits, one rating per client, service and day) counts by. {@code X-Forwarded-For}
 * is believed only from the proxies listed in {@code ZJ_TRUSTED_PROXIES} (comma-separated
 * addresses; none by default): walking the header from the right, the first address that is no
 * trusted proxy is the client. From any other peer the header is ignored, whatever it says.
 */
@ApplicationScoped
public class ClientAddress {

  @Inject
  @ConfigProperty(name = "ZJ_TRUSTED_PROXIES", defaultValue = " ")
  String trustedSetting;

  private volatile Set<String> trusted;

  /** The client's address of {@code request}. */
  public String of(HttpServletRequest request) {
    return resolve(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trusted());
  }

  private Set<String> trusted() {
    if (trusted == null) {
      trusted = parse(trustedSetting);
    }
    return trusted;
  }

  /** The addresses of a comma-separated setting, stripped; empty ones left out. */
  static Set<String> parse(String setting) {
    return setting == null
        ? Set.of()
        : Arrays.stream(setting.split(","))
            .map(String::strip)
            .filter(address -> !address.isEmpty())
            .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * The client behind {@code peer}: the peer itself unless it is a trusted proxy; then the
   * right-most address of {@code forwardedFor} that is no trusted proxy (the left-most when all
   * are).
   */
  static String resolve(String peer, String forwardedFor, Set<String> trusted) {
    if (!trusted.contains(peer) || forwardedFor == null || forwardedFor.isBlank()) {
      return peer;
    }
    List<String> hops =
        Arrays.stream(forwardedFor.split(","))
            .map(String::strip)
            .filter(h -> !h.isEmpty())
            .toList();
    String client = peer;
    for (int i = hops.size() - 1; i >= 0 && trusted.contains(client); i--) {
      client = hops.get(i);
    }
    return client;
  }
}
