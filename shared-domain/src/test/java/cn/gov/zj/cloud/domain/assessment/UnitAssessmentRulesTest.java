package cn.gov.zj.cloud.domain.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.validation.FieldError;
import cn.gov.zj.cloud.domain.validation.Violations;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Art. 22, 25: a unit's efficiency, security status, score under weights, and ranking. */
class UnitAssessmentRulesTest {

  private static Optional<BigDecimal> d(String value) {
    return Optional.of(new BigDecimal(value));
  }

  @Test
  @DisplayName(
      "Art. 22: efficiency leaves out line-months without data: 10 lines, 2 no data, 1 idle, 1 over"
          + " is 6 of 8")
  void art22_efficiencyLeavesOutNoData() {
    assertEquals(new BigDecimal("0.7500"), new Efficiency(10, 2, 1, 1).value().orElseThrow());
    assertTrue(new Efficiency(3, 3, 0, 0).value().isEmpty());
    assertEquals(
        new Efficiency(4, 1, 1, 0), new Efficiency(1, 1, 0, 0).plus(new Efficiency(3, 0, 1, 0)));
  }

  @Test
  @DisplayName("Art. 22: security status is the mean of the shares that count something")
  void art22_securityIsTheMeanOfCountedShares() {
    SecurityStatus status =
        new SecurityStatus(new Rate(1, 2), new Rate(2, 2), Rate.none(), new Rate(0, 1));
    assertEquals(new BigDecimal("0.5000"), status.value().orElseThrow());
    SecurityStatus nothing = new SecurityStatus(Rate.none(), Rate.none(), Rate.none(), Rate.none());
    assertTrue(nothing.value().isEmpty());
  }

  @Test
  @DisplayName("Art. 22: score = 100 × Σ weight × share ÷ Σ weight, two decimals")
  void art22_scoreFormula() {
    assertEquals(
        new BigDecimal("72.00"),
        UnitScore.of(ScoreWeights.PROVINCIAL, d("0.75"), d("0.6"), d("0.8")).orElseThrow());
  }

  @Test
  @DisplayName("Art. 22: a part without a value is left out and the others' weights renormalized")
  void art22_missingPartLeftOut() {
    assertEquals(
        new BigDecimal("68.57"),
        UnitScore.of(ScoreWeights.PROVINCIAL, d("0.6"), Optional.empty(), d("0.8")).orElseThrow());
    assertTrue(
        UnitScore.of(ScoreWeights.PROVINCIAL, Optional.empty(), Optional.empty(), Optional.empty())
            .isEmpty());
  }

  @Test
  @DisplayName(
      "Art. 22: equal scores share a rank and the next skips (1, 2, 2, 4); no score, no rank")
  void art22_rankingWithTies() {
    List<Optional<Integer>> ranks =
        Ranking.of(List.of(d("70"), d("90.5"), d("70.00"), Optional.empty(), d("12")));
    assertEquals(
        List.of(Optional.of(2), Optional.of(1), Optional.of(2), Optional.empty(), Optional.of(4)),
        ranks);
  }

  @Test
  @DisplayName("Art. 25: a tenant's weights within 20–60 summing to 100 are its own")
  void art25_weightsWithinBounds() {
    Violations violations = new Violations();
    ScoreWeights weights =
        ScoreWeights.local(Map.of("adoption", 20, "efficiency", 20, "security", 60), violations);
    assertTrue(violations.isEmpty());
    assertEquals(new ScoreWeights(20, 20, 60), weights);
  }

  @Test
  @DisplayName("Art. 25: a weight out of bounds or missing is named; a wrong sum names security")
  void art25_weightsOutOfBoundsNamed() {
    Violations out = new Violations();
    Map<String, Integer> values = new HashMap<>(Map.of("adoption", 80, "efficiency", 10));
    assertNull(ScoreWeights.local(values, out));
    assertEquals(
        List.of("adoption", "efficiency", "security"),
        out.errors().stream().map(FieldError::field).toList());
    Violations sum = new Violations();
    assertNull(ScoreWeights.local(Map.of("adoption", 40, "efficiency", 40, "security", 40), sum));
    assertEquals("assessment.weights.sum", sum.errors().get(0).messageKey());
    assertThrows(IllegalArgumentException.class, () -> new ScoreWeights(10, 30, 60));
  }
}
