package cn.gov.zj.cloud.domain.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BeijingTimeTest {

  @Test
  @DisplayName("Art. 8: an instant shows to the minute in Beijing time, never as raw UTC")
  void instantInBeijing() {
    assertEquals(
        "2026-12-07 12:50", BeijingTime.minutes(Instant.parse("2026-12-07T04:50:10.159315Z")));
    assertFalse(BeijingTime.of(Instant.now()).matches(".*\\d{4}-\\d\\d-\\d\\dT\\d\\d:.*"));
  }

  @Test
  @DisplayName("Art. 8: 16:30 UTC is already the next day in Beijing")
  void crossesMidnight() {
    assertEquals("2025-01-25 00:30", BeijingTime.minutes(Instant.parse("2025-01-24T16:30:00Z")));
  }

  @Test
  @DisplayName("Art. 8: offset times, dates, optionals and nothing each have one form")
  void everyKindOfTime() {
    assertEquals(
        "2026-12-07 12:50", BeijingTime.of(OffsetDateTime.parse("2026-12-07T06:50:59+02:00")));
    assertEquals("2026-12-09", BeijingTime.of(LocalDate.of(2026, 12, 9)));
    assertEquals(
        "2026-12-07 12:50", BeijingTime.of(Optional.of(Instant.parse("2026-12-07T04:50:00Z"))));
    assertEquals("—", BeijingTime.of(Optional.empty()));
    assertEquals("—", BeijingTime.of(null));
    assertEquals("—", BeijingTime.minutes(null));
  }
}
