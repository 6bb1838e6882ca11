package cn.gov.zj.cloud.privateportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class UiBundleTest {

  private static TreeSet<String> keys(Locale locale) {
    return new TreeSet<>(
        ResourceBundle.getBundle(
                "cn.gov.zj.cloud.privateportal.web.ui",
                locale,
                ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES))
            .keySet());
  }

  @Test
  @DisplayName("Every page text exists in Chinese and in English")
  void chineseAndEnglishHaveTheSameKeys() {
    assertEquals(keys(Locale.SIMPLIFIED_CHINESE), keys(Locale.ENGLISH));
  }
}
