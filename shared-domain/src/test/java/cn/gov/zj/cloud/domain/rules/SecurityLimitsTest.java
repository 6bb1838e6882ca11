package cn.gov.zj.cloud.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.calendar.WorkingDays;
import cn.gov.zj.cloud.domain.inspection.FindingSeverity;
import cn.gov.zj.cloud.domain.validation.Violations;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SecurityLimitsTest {

  @Test
  @DisplayName("Art. 17, 20: the provincial defaults are 5/10/20 working days and 7-day grants")
  void art17_provincialDefaults() {
    SecurityLimits limits = SecurityLimits.provincial();
    assertEquals(
        Map.of(
            "deadlines.HIGH", 5, "deadlines.MEDIUM", 10, "deadlines.LOW", 20, "grant.maxDays", 7),
        limits.inForce());
    assertTrue(limits.shortened().isEmpty());
    assertEquals(Duration.ofDays(7), limits.grantWindow().max());
  }

  @Test
  @DisplayName("Art. 25: a tenant shortens a deadline and the grant window; the rest stay")
  void art25_shortened() {
    Violations violations = new Violations();
    SecurityLimits limits =
        SecurityLimits.local(Map.of("deadlines.HIGH", 3, "grant.maxDays", 2), violations);
    assertTrue(violations.isEmpty());
    assertEquals(WorkingDays.of(3), limits.deadlines().of(FindingSeverity.HIGH));
    assertEquals(WorkingDays.of(10), limits.deadlines().of(FindingSeverity.MEDIUM));
    assertEquals(Map.of("deadlines.HIGH", 3, "grant.maxDays", 2), limits.shortened());
    Instant from = Instant.parse("2026-12-01T00:00:00Z");
    assertTrue(limits.grantWindow().allows(from, from.plus(Duration.ofDays(2)), from));
    assertTrue(
        !limits.grantWindow().allows(from, from.plus(Duration.ofDays(2)).plusSeconds(1), from));
  }

  @Test
  @DisplayName("Art. 25: equal to the default is allowed (edge); one more is refused naming field")
  void art25_edges() {
    Violations equal = new Violations();
    assertEquals(
        20,
        SecurityLimits.local(Map.of("deadlines.LOW", 20, "grant.maxDays", 7), equal)
            .deadlines()
            .of(FindingSeverity.LOW)
            .value());
    Violations longer = new Violations();
    assertNull(SecurityLimits.local(Map.of("deadlines.LOW", 21, "grant.maxDays", 8), longer));
    assertTrue(longer.has("deadlines.LOW"));
    assertTrue(longer.has("grant.maxDays"));
  }

  @Test
  @DisplayName("Art. 25: zero, negative, missing values and unknown fields are refused by name")
  void art25_badInput() {
    Map<String, Integer> bad = new HashMap<>();
    bad.put("deadlines.HIGH", 0);
    bad.put("deadlines.MEDIUM", -1);
    bad.put("grant.maxDays", null);
    bad.put("deadlines.CRITICAL", 3);
    Violations violations = new Violations();
    assertNull(SecurityLimits.local(bad, violations));
    for (String field :
        new String[] {
          "deadlines.HIGH", "deadlines.MEDIUM", "grant.maxDays", "deadlines.CRITICAL"
        }) {
      assertTrue(violations.has(field), field);
    }
  }
}
