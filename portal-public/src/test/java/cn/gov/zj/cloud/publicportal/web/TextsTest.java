package cn.gov.zj.cloud.publicportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TextsTest {

  private static TreeSet<String> keys(Locale locale) {
    var control =
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT);
    return new TreeSet<>(
        ResourceBundle.getBundle("cn.gov.zj.cloud.publicportal.web.texts", locale, control)
            .keySet());
  }

  @Test
  @DisplayName("Every Chinese text of the public portal has its English text, and the reverse")
  void bundlesAgree() {
    assertEquals(keys(Locale.SIMPLIFIED_CHINESE), keys(Locale.ENGLISH));
  }
}
