package cn.gov.zj.cloud.domain.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SatisfactionTest {

  @Test
  @DisplayName(
      "Art. 23: the satisfaction rate counts very satisfied, satisfied and basically satisfied")
  void rateOfThreeGrades() {
    Satisfaction month =
        new Satisfaction(
            Map.of(
                Grade.VERY_SATISFIED, 3L,
                Grade.SATISFIED, 2L,
                Grade.BASICALLY_SATISFIED, 2L,
                Grade.DISSATISFIED, 1L));
    assertEquals(8, month.total());
    assertEquals(new BigDecimal("0.8750"), month.rate().orElseThrow());
  }

  @Test
  @DisplayName("Art. 23: every grade is counted, missing ones as zero; no rate without ratings")
  void emptyMonth() {
    Satisfaction none = new Satisfaction(Map.of());
    assertEquals(0, none.total());
    assertTrue(none.rate().isEmpty());
    assertEquals(4, none.byGrade().size());
    assertEquals(0L, none.byGrade().get(Grade.DISSATISFIED));
    assertEquals(
        new BigDecimal("0.3333"),
        new Satisfaction(Map.of(Grade.SATISFIED, 1L, Grade.DISSATISFIED, 2L)).rate().orElseThrow());
    assertThrows(
        IllegalArgumentException.class, () -> new Satisfaction(Map.of(Grade.SATISFIED, -1L)));
  }

  @Test
  @DisplayName(
      "Art. 23: only DISSATISFIED opens a rectification, called back in 1 and reported in 15 working days")
  void rectification() {
    assertTrue(Rectification.opensFor(Grade.DISSATISFIED));
    assertTrue(!Rectification.opensFor(Grade.BASICALLY_SATISFIED));
    assertEquals(1, Rectification.CALLBACK.value());
    assertEquals(15, Rectification.REPORT.value());
  }
}
