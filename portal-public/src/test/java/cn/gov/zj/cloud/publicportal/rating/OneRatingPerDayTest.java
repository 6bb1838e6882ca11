package cn.gov.zj.cloud.publicportal.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OneRatingPerDayTest {

  @Test
  @DisplayName(
      "Art. 23, one client rating a service again and again: the day is Beijing's, midnight to midnight")
  void beijingDay() {
    Instant beijingMidnight = Instant.parse("2026-12-06T16:00:00Z");
    assertEquals(beijingMidnight, OneRatingPerDay.dayStart(Instant.parse("2026-12-06T16:00:00Z")));
    assertEquals(beijingMidnight, OneRatingPerDay.dayStart(Instant.parse("2026-12-07T15:59:59Z")));
    assertEquals(
        beijingMidnight.minusSeconds(86_400),
        OneRatingPerDay.dayStart(Instant.parse("2026-12-06T15:59:59Z")),
        "23:59:59 in Beijing belongs to the day before");
  }

  @Test
  @DisplayName(
      "Art. 23, one client rating a service again with another comment: the fingerprint ignores grade and comment")
  void fingerprintIsClientServiceOnly() {
    String one = OneRatingPerDay.fingerprint("hangzhou", 7, "10.0.0.1", Optional.of("a"));
    assertEquals(one, OneRatingPerDay.fingerprint("hangzhou", 7, "10.0.0.1", Optional.of("a")));
    assertNotEquals(one, OneRatingPerDay.fingerprint("hangzhou", 7, "10.0.0.1", Optional.of("b")));
    assertNotEquals(one, OneRatingPerDay.fingerprint("hangzhou", 7, "10.0.0.2", Optional.of("a")));
    assertNotEquals(one, OneRatingPerDay.fingerprint("hangzhou", 8, "10.0.0.1", Optional.of("a")));
    assertNotEquals(one, OneRatingPerDay.fingerprint("ningbo", 7, "10.0.0.1", Optional.of("a")));
    assertFalse(one.contains("10.0.0.1"), "a hash, never the address");
  }

  @Test
  @DisplayName("Art. 23: the cap counts what is stored today and what this batch admitted")
  void cap() {
    OneRatingPerDay one = new OneRatingPerDay(1);
    assertTrue(one.admits("f", 0));
    assertFalse(one.admits("f", 0), "the second in the same batch");
    assertTrue(one.admits("g", 0));
    assertFalse(new OneRatingPerDay(1).admits("f", 1), "one stored earlier today");
    OneRatingPerDay three = new OneRatingPerDay(3);
    assertTrue(three.admits("f", 1));
    assertTrue(three.admits("f", 1));
    assertFalse(three.admits("f", 1));
    assertTrue(new OneRatingPerDay(0).admits("f", 0), "at least one a day");
  }
}
