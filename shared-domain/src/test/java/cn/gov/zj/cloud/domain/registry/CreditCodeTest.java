package cn.gov.zj.cloud.domain.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

  @Test
  @DisplayName("Art. 3: a published credit code passes its check character")
  void publishedCodeIsValid() {
    // 国家税务总局 (State Taxation Administration), as printed on its public records.
    assertTrue(CreditCode.isValid("11100000000013127D"));
    assertTrue(CreditCode.isValid("91350100M000100Y43"));
  }

  @Test
  @DisplayName("Art. 3: one changed character breaks the check")
  void alteredCodeIsInvalid() {
    assertFalse(CreditCode.isValid("11100000000013127E"));
    assertFalse(CreditCode.isValid("91350100M000100Y44"));
    assertFalse(CreditCode.isValid("91350100M000101Y43"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "123", "91350100M000100Y4", "91350100M000100Y433", "91350100I000100Y43"})
  @DisplayName("Art. 3: wrong length or a letter outside the alphabet is refused")
  void malformedCodesAreInvalid(String text) {
    assertFalse(CreditCode.isValid(text));
  }

  @Test
  @DisplayName("Art. 3: parsing trims and upper-cases before the check")
  void parsingNormalizes() {
    assertEquals("91350100M000100Y43", CreditCode.parse(" 91350100m000100y43 ").value());
    assertThrows(IllegalArgumentException.class, () -> CreditCode.parse("91350100M000100Y42"));
  }

  @Test
  @DisplayName("Art. 3: the check character is modulus 31 over weighted characters")
  void checkCharacterIsComputed() {
    assertEquals('D', CreditCode.checkCharacter("11100000000013127"));
    assertEquals('3', CreditCode.checkCharacter("91350100M000100Y4"));
  }
}
