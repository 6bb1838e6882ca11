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

  @Test
  @DisplayName(
      "Issue 11, Art. 6–12: every action's success message says what happened and what comes next")
  void everyActionHasItsSuccessMessage() {
    TreeSet<String> keys = keys(Locale.SIMPLIFIED_CHINESE);
    TreeSet<String> missing = new TreeSet<>();
    for (cn.gov.zj.cloud.domain.application.Action action :
        cn.gov.zj.cloud.domain.application.Action.values()) {
      if (!keys.contains("application.done." + action.restName())) {
        missing.add(action.restName());
      }
    }
    assertEquals(new TreeSet<>(), missing);
  }
}
