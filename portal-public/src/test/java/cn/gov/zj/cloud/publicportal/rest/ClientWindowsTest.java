package cn.gov.zj.cloud.publicportal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Art. 23: the per-client limits count the last minute, whatever the clock minute. */
class ClientWindowsTest {

  private final ClientWindows windows = limits(3, 5);

  @Test
  @DisplayName("Art. 23: the request past the limit is refused, the ones before are not")
  void art23_limitIsExact() {
    for (int i = 0; i < 5; i++) {
      assertEquals(0, windows.take("a", false, 1_000 + i));
    }
    assertTrue(windows.take("a", false, 1_010) > 0);
  }

  @Test
  @DisplayName(
      "Art. 23 attack: a burst timed across the turn of a clock minute is still limited at the limit")
  void art23_burstAcrossTheMinuteIsCountedWhole() {
    long turn = 60_000;
    assertEquals(0, windows.take("a", true, turn - 300));
    assertEquals(0, windows.take("a", true, turn - 200));
    assertEquals(0, windows.take("a", true, turn + 100));
    assertTrue(windows.take("a", true, turn + 200) > 0, "four writes in half a second");
  }

  @Test
  @DisplayName(
      "Art. 23: Retry-After names the second the oldest request leaves the minute, and holds")
  void art23_retryAfterIsExact() {
    windows.take("a", true, 12_000); // in the slot 10–15 s, which leaves the minute at 70 s
    windows.take("a", true, 31_000);
    windows.take("a", true, 32_000);
    long wait = windows.take("a", true, 40_000);
    assertEquals(30, wait);
    assertTrue(windows.take("a", true, 40_000 + wait * 1000 - 1_000) > 0, "a second early");
    assertEquals(0, windows.take("a", true, 40_000 + wait * 1000));
  }

  @Test
  @DisplayName("Art. 23: refused requests are not counted, so a client that waits gets through")
  void art23_refusalsAreNotCounted() {
    for (int i = 0; i < 3; i++) {
      windows.take("a", true, 0);
    }
    for (int i = 0; i < 100; i++) {
      assertTrue(windows.take("a", true, 30_000) > 0);
    }
    assertEquals(0, windows.take("a", true, 60_000));
  }

  @Test
  @DisplayName("Art. 23: clients, and one client's reads and writes, are counted apart")
  void art23_countedApart() {
    for (int i = 0; i < 3; i++) {
      windows.take("a", true, 0);
    }
    assertTrue(windows.take("a", true, 1) > 0);
    assertEquals(0, windows.take("a", false, 1));
    assertEquals(0, windows.take("b", true, 1));
  }

  @Test
  @DisplayName("Art. 23: after a quiet minute the whole limit is free again")
  void art23_quietMinuteFreesAll() {
    for (int i = 0; i < 3; i++) {
      windows.take("a", true, 0);
    }
    for (int i = 0; i < 3; i++) {
      assertEquals(0, windows.take("a", true, 10 * 60_000 + i));
    }
  }

  @Test
  @DisplayName(
      "Art. 23 attack: many one-off clients cannot grow the table without bound; idle ones go")
  void art23_idleClientsAreForgotten() {
    for (int i = 0; i <= 100_000; i++) {
      windows.take("c" + i, false, 0);
    }
    windows.take("late", false, 61_000);
    assertEquals(1, windows.clients());
  }

  private static ClientWindows limits(int writes, int reads) {
    ClientWindows limits = new ClientWindows();
    limits.writesPerMinute = writes;
    limits.readsPerMinute = reads;
    return limits;
  }
}
