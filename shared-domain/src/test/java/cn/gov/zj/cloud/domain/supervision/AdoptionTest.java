package cn.gov.zj.cloud.domain.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Art. 22: the cloud adoption ratio. */
class AdoptionTest {

  @Test
  @DisplayName(
      "Art. 22: exempt systems leave the denominator: 6 on cloud of 10 with 2 exempt is 0.75")
  void art22_exemptSystemsLeaveTheDenominator() {
    assertEquals(new BigDecimal("0.7500"), new Adoption(6, 10, 2).ratio().orElseThrow());
  }

  @Test
  @DisplayName("Art. 22: a unit whose systems are all exempt has no ratio, not a division by zero")
  void art22_allExemptHasNoRatio() {
    assertTrue(new Adoption(0, 3, 3).ratio().isEmpty());
    assertTrue(Adoption.none().ratio().isEmpty());
  }

  @Test
  @DisplayName("Art. 22: ratios are rounded half up to four decimals (2 of 3 is 0.6667)")
  void art22_roundedToFourDecimals() {
    assertEquals(new BigDecimal("0.6667"), new Adoption(2, 3, 0).ratio().orElseThrow());
  }

  @Test
  @DisplayName("Art. 22: the province total is the sum of the cities' counts")
  void art22_totalsAdd() {
    Adoption total = new Adoption(1, 4, 1).plus(new Adoption(3, 5, 0));
    assertEquals(new Adoption(4, 9, 1), total);
    assertEquals(new BigDecimal("0.5000"), total.ratio().orElseThrow());
  }

  @Test
  @DisplayName(
      "Art. 22: counts that cannot be (more on cloud and exempt than registered) are refused")
  void art22_impossibleCountsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new Adoption(3, 4, 2));
    assertThrows(IllegalArgumentException.class, () -> new Adoption(-1, 4, 0));
  }
}
