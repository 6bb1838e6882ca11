package cn.gov.zj.cloud.domain.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.validation.FieldError;
import cn.gov.zj.cloud.domain.validation.Violations;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GrantWindowTest {

  private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

  private static List<String> faults(WindowRule rule, Instant from, Instant until) {
    Violations violations = new Violations();
    rule.check(from, until, NOW, violations);
    return violations.errors().stream().map(e -> e.field() + ":" + e.messageKey()).toList();
  }

  @Test
  @DisplayName("Art. 20: a grant of exactly 7 days is allowed")
  void art20_exactlySevenDays() {
    assertTrue(WindowRule.DEFAULT.allows(NOW, NOW.plus(Duration.ofDays(7)), NOW));
  }

  @Test
  @DisplayName("Art. 20: a grant of 7 days and 1 minute is refused, naming until and the maximum")
  void art20_sevenDaysAndOneMinute() {
    Violations violations = new Violations();
    WindowRule.DEFAULT.check(NOW, NOW.plus(Duration.ofDays(7)).plusSeconds(60), NOW, violations);
    FieldError error = violations.errors().get(0);
    assertEquals("until", error.field());
    assertEquals("access.window.tooLong", error.messageKey());
    assertEquals(List.of(168L), error.arguments());
  }

  @Test
  @DisplayName("Art. 20: until must come after from; an empty window is refused")
  void art20_untilAfterFrom() {
    assertEquals(List.of("until:access.window.notAfterFrom"), faults(WindowRule.DEFAULT, NOW, NOW));
    assertEquals(
        List.of("until:access.window.notAfterFrom"),
        faults(WindowRule.DEFAULT, NOW, NOW.minusSeconds(1)));
  }

  @Test
  @DisplayName("Art. 20: a window that has already ended is refused; missing ends are named")
  void art20_endedAndMissing() {
    assertEquals(
        List.of("until:access.window.ended"),
        faults(WindowRule.DEFAULT, NOW.minusSeconds(7200), NOW));
    assertEquals(
        List.of("from:validation.required", "until:validation.required"),
        faults(WindowRule.DEFAULT, null, null));
  }

  @Test
  @DisplayName("Art. 25: a local rule may shorten the 7 days, never lengthen them")
  void art25_localRuleShortensOnly() {
    WindowRule local = WindowRule.DEFAULT.shortenedTo(Duration.ofDays(2));
    assertTrue(local.allows(NOW, NOW.plus(Duration.ofDays(2)), NOW));
    assertFalse(local.allows(NOW, NOW.plus(Duration.ofDays(3)), NOW));
    assertThrows(
        IllegalArgumentException.class, () -> WindowRule.DEFAULT.shortenedTo(Duration.ofDays(8)));
    assertThrows(IllegalArgumentException.class, () -> new WindowRule(Duration.ZERO));
  }
}
