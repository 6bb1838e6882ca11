package cn.gov.zj.cloud.publicportal.rating;

import cn.gov.zj.cloud.publicportal.security.Digests;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Art. 23: one rating per client, service and Beijing-time day. The client is the connection's
 * address (see {@code ClientAddress}) and the visitor cookie when the browser sent one; a REST
 * caller without it is its address alone. Whatever the grade or comment, a client's further ratings
 * of a service on the same day beyond {@code ZJ_PUBLIC_RATINGS_PER_DAY} (default 1) are answered
 * with the day's first rating's receipt; nothing more is stored. The rule's fingerprint is a hash:
 * no address is stored.
 */
final class OneRatingPerDay {

  /** The setting: how many ratings of one service one client may give per day. */
  static final String SETTING = "ZJ_PUBLIC_RATINGS_PER_DAY";

  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  private final int perDay;
  private final Map<String, Integer> admitted = new HashMap<>();

  /** The rule for one batch of ratings; {@code perDay} at least 1. */
  OneRatingPerDay(int perDay) {
    this.perDay = Math.max(1, perDay);
  }

  /** How many ratings of one service one client may give per day; the lookup counts no further. */
  int perDay() {
    return perDay;
  }

  /** The rule as configured ({@value #SETTING}), for one batch. */
  static OneRatingPerDay configured() {
    return new OneRatingPerDay(
        ConfigProvider.getConfig().getOptionalValue(SETTING, Integer.class).orElse(1));
  }

  /** The fingerprint of a client's rating of a tenant's service: the same all day. */
  static String fingerprint(
      String tenant, long serviceId, String address, Optional<String> visitor) {
    return Digests.fingerprint(
        "CITIZEN-DAY", tenant, Long.toString(serviceId), address, visitor.orElse(""));
  }

  /** The start of the Beijing-time day of {@code at}. */
  static Instant dayStart(Instant at) {
    LocalDate day = at.atZone(BEIJING).toLocalDate();
    return day.atStartOfDay(BEIJING).toInstant();
  }

  /**
   * Whether one more rating of {@code fingerprint} may be stored, {@code storedToday} of it being
   * stored already today and the ones admitted before in this batch counted too; counts it if so.
   */
  boolean admits(String fingerprint, int storedToday) {
    int given = storedToday + admitted.getOrDefault(fingerprint, 0);
    if (given >= perDay) {
      return false;
    }
    admitted.merge(fingerprint, 1, Integer::sum);
    return true;
  }
}
