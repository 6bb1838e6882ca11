package cn.gov.zj.cloud.publicportal.rest;

/**
 * Art. 23: one client's requests in the last minute, kept in twelve slots of five seconds each. The
 * minute slides with the clock: a burst that crosses the turn of a clock minute is counted whole,
 * so a client can never send twice the limit by timing its requests around the turn. A refused
 * request is not counted, so {@code Retry-After} is exact for a client that waits.
 */
final class SlidingMinute {

  static final long SLOT_MILLIS = 5_000;
  static final int SLOTS = 12;

  private final int[] counts = new int[SLOTS];
  private long newest;

  SlidingMinute(long nowMillis) {
    newest = nowMillis / SLOT_MILLIS;
  }

  /**
   * Counts one request when the last minute holds fewer than {@code limit}; 0 when allowed, else
   * the whole seconds (at least 1) until enough of the oldest requests have left the minute.
   */
  synchronized long take(long nowMillis, int limit) {
    long slot = Math.max(nowMillis / SLOT_MILLIS, newest);
    advanceTo(slot);
    int held = held();
    if (held < limit) {
      counts[index(slot)]++;
      return 0;
    }
    return secondsUntilFreed(nowMillis, held - limit + 1);
  }

  /** Whether no request of this client is left in the minute ending at {@code nowMillis}. */
  synchronized boolean idle(long nowMillis) {
    return nowMillis / SLOT_MILLIS - newest >= SLOTS;
  }

  private void advanceTo(long slot) {
    for (long s = newest + 1; s <= slot && s <= newest + SLOTS; s++) {
      counts[index(s)] = 0;
    }
    newest = slot;
  }

  private int held() {
    int sum = 0;
    for (int count : counts) {
      sum += count;
    }
    return sum;
  }

  /** The oldest slot's requests leave the minute first; wait until {@code needed} have left. */
  private long secondsUntilFreed(long nowMillis, int needed) {
    int freed = 0;
    for (long s = newest - SLOTS + 1; s <= newest; s++) {
      freed += counts[index(s)];
      if (freed >= needed) {
        long leavesAt = (s + SLOTS) * SLOT_MILLIS;
        return Math.max(1, (leavesAt - nowMillis + 999) / 1000);
      }
    }
    return SLOTS * SLOT_MILLIS / 1000; // unreachable while limit >= 1
  }

  private static int index(long slot) {
    return (int) Math.floorMod(slot, (long) SLOTS);
  }
}
