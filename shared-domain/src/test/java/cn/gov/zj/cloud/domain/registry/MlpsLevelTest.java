package cn.gov.zj.cloud.domain.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MlpsLevelTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5})
  @DisplayName("Art. 18: MLPS levels 1 to 5 are accepted")
  void levelsOneToFive(int value) {
    assertEquals(value, new MlpsLevel(value).value());
  }

  @ParameterizedTest
  @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 6, 99})
  @DisplayName("Art. 18: any other MLPS level is refused")
  void otherLevelsRefused(int value) {
    assertFalse(MlpsLevel.isValid(value));
    assertThrows(IllegalArgumentException.class, () -> new MlpsLevel(value));
  }

  @ParameterizedTest
  @ValueSource(ints = {3, 4, 5})
  @DisplayName("Art. 9: level 3 and above needs a CNAS third-party report")
  void thirdPartyReportFromLevelThree(int value) {
    assertTrue(new MlpsLevel(value).needsThirdPartyReport());
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  @DisplayName("Art. 9: levels 1 and 2 need no third-party report")
  void noThirdPartyReportBelowThree(int value) {
    assertFalse(new MlpsLevel(value).needsThirdPartyReport());
  }
}
