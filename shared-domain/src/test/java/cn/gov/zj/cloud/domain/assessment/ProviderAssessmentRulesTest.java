package cn.gov.zj.cloud.domain.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Art. 23: the period assessed, on-time rates and availability. */
class ProviderAssessmentRulesTest {

  @Test
  @DisplayName("Art. 23: 2026-11 is November, 2026-Q4 October to December, 2026 the year")
  void art23_periodsParsed() {
    AssessmentPeriod month = AssessmentPeriod.parse("2026-11").orElseThrow();
    assertEquals(LocalDate.of(2026, 11, 1), month.first());
    assertEquals(LocalDate.of(2026, 11, 30), month.last());
    AssessmentPeriod quarter = AssessmentPeriod.parse("2026-Q4").orElseThrow();
    assertEquals(LocalDate.of(2026, 10, 1), quarter.first());
    assertEquals(LocalDate.of(2026, 12, 31), quarter.last());
    assertEquals("2026-Q4", quarter.text());
    AssessmentPeriod year = AssessmentPeriod.parse("2026").orElseThrow();
    assertEquals(LocalDate.of(2026, 1, 1), year.first());
    assertEquals(LocalDate.of(2026, 12, 31), year.last());
    assertEquals(LocalDate.of(2024, 2, 29), AssessmentPeriod.parse("2024-02").orElseThrow().last());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "26",
        "2026-13",
        "2026-00",
        "2026-Q5",
        "2026-Q0",
        "2026-q4",
        "1999",
        "2026-1",
        "2026-11-01",
        " 2026",
        "２０２６",
        "2026-Q4\n"
      })
  @DisplayName("Art. 23: anything but a month, a quarter or a year from 2000 is no period")
  void art23_badPeriodsRefused(String text) {
    assertTrue(AssessmentPeriod.parse(text).isEmpty());
  }

  @Test
  @DisplayName("Art. 23: a period to come is not assessed")
  void art23_periodToComeNotBegun() {
    AssessmentPeriod december = AssessmentPeriod.parse("2026-12").orElseThrow();
    assertFalse(december.begunBy(LocalDate.of(2026, 11, 30)));
    assertTrue(december.begunBy(LocalDate.of(2026, 12, 1)));
  }

  @Test
  @DisplayName("Art. 23: an on-time rate of nothing counted is absent; 2 of 3 is 0.6667")
  void art23_onTimeRate() {
    assertTrue(Rate.none().value().isEmpty());
    assertEquals(new BigDecimal("0.6667"), new Rate(2, 3).value().orElseThrow());
    assertEquals(new Rate(3, 5), new Rate(2, 3).plus(new Rate(1, 2)));
    assertThrows(IllegalArgumentException.class, () -> new Rate(4, 3));
  }

  @Test
  @DisplayName("Art. 23: availability is 1 − outage ÷ service minutes, never below 0")
  void art23_availability() {
    assertEquals(new BigDecimal("0.9900"), new Availability(432, 43_200).value().orElseThrow());
    assertEquals(new BigDecimal("0.0000"), new Availability(100, 50).value().orElseThrow());
    assertTrue(new Availability(0, 0).value().isEmpty());
  }
}
