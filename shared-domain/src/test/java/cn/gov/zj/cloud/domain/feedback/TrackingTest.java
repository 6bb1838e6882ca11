package cn.gov.zj.cloud.domain.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TrackingTest {

  private final SecureRandom random = new SecureRandom();

  @Test
  @DisplayName(
      "Art. 23: a tracking number carries the day of submission; typed ones are parsed, others refused")
  void trackingNumber() {
    TrackingNumber number = TrackingNumber.next(LocalDate.of(2026, 11, 26), random);
    assertTrue(number.value().startsWith("ZX20261126-"), number.value());
    assertEquals(
        number, TrackingNumber.parse(" " + number.value().toLowerCase() + " ").orElseThrow());
    assertTrue(TrackingNumber.parse("ZX2026-1").isEmpty());
    assertTrue(TrackingNumber.parse(null).isEmpty());
    assertThrows(IllegalArgumentException.class, () -> new TrackingNumber("1; drop table"));
  }

  @Test
  @DisplayName(
      "Art. 23: a query code has eight unambiguous characters, matches in any case and never prints itself")
  void queryCode() {
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      QueryCode code = QueryCode.next(random);
      assertEquals(QueryCode.LENGTH, code.value().length());
      assertFalse(code.value().matches(".*[01OIL].*"), code.value());
      codes.add(code.value());
    }
    assertTrue(codes.size() > 195, "codes repeat too often");
    QueryCode code = new QueryCode("ABCD2345");
    assertTrue(code.matches(" abcd2345 "));
    assertFalse(code.matches("ABCD2346"));
    assertFalse(code.matches(null));
    assertFalse(code.toString().contains("ABCD"));
  }
}
