package cn.gov.zj.cloud.privateportal.interconnect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChannelReportTest {

  private static final Instant NOW = Instant.parse("2026-11-26T03:00:00Z");

  private static ChannelReport waiting(Optional<Instant> publicOldest, Optional<Instant> own) {
    return new ChannelReport(
        Optional.of(NOW),
        Optional.of(NOW),
        Optional.empty(),
        Optional.empty(),
        0,
        0,
        0,
        0,
        Optional.of(1L),
        Optional.of(0L),
        publicOldest,
        own.isPresent() ? 1 : 0,
        own,
        0);
  }

  @Test
  void art24_theLagIsTheAgeOfTheOldestWaitingMessageOnEitherSide() {
    Optional<Instant> tenSeconds = Optional.of(NOW.minusSeconds(10));
    Optional<Instant> aMinute = Optional.of(NOW.minusSeconds(60));
    assertEquals(Duration.ofSeconds(60), waiting(tenSeconds, aMinute).lag(NOW));
    assertEquals(Duration.ofSeconds(60), waiting(aMinute, tenSeconds).lag(NOW));
    assertEquals(Duration.ofSeconds(10), waiting(Optional.empty(), tenSeconds).lag(NOW));
    assertEquals(Duration.ZERO, waiting(Optional.empty(), Optional.empty()).lag(NOW));
    assertEquals(
        Duration.ZERO, waiting(Optional.of(NOW.plusSeconds(5)), Optional.empty()).lag(NOW));
  }
}
