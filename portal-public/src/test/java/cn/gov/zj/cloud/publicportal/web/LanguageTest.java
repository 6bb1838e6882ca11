package cn.gov.zj.cloud.publicportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTest {

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"zh-CN", "zh-TW,en;q=0.8", "fr-FR", "de, zh;q=0.5, en;q=0.4", "*", ";;"})
  @DisplayName("Chinese first: without a clear preference for English the page is Chinese")
  void chineseByDefault(String header) {
    assertEquals(Locale.SIMPLIFIED_CHINESE, Language.negotiate(header));
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "en-US,en;q=0.9", "fr, en-GB;q=0.7, zh;q=0.3"})
  @DisplayName("English when the browser ranks it above Chinese")
  void englishWhenPreferred(String header) {
    assertEquals(Locale.ENGLISH, Language.negotiate(header));
  }

  @Test
  @DisplayName("The switch knows zh and en only")
  void switchValues() {
    assertEquals(Optional.of(Locale.SIMPLIFIED_CHINESE), Language.chosen("zh"));
    assertEquals(Optional.of(Locale.ENGLISH), Language.chosen("en"));
    assertTrue(Language.chosen("fr").isEmpty());
    assertTrue(Language.chosen(null).isEmpty());
  }
}
