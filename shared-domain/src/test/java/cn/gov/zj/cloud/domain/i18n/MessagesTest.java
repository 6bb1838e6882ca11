package cn.gov.zj.cloud.domain.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MessagesTest {

  @Test
  @DisplayName("Chinese and English bundles hold the same keys")
  void bundlesAreComplete() {
    assertEquals(
        new TreeSet<>(Messages.bundle(Locale.SIMPLIFIED_CHINESE).keySet()),
        new TreeSet<>(Messages.bundle(Locale.ENGLISH).keySet()));
  }

  @Test
  @DisplayName("Chinese is the default; English when asked for")
  void chineseFirst() {
    assertEquals("必填项", Messages.get(Locale.FRENCH, "validation.required"));
    assertEquals("必填项", Messages.get(null, "validation.required"));
    assertEquals("Required", Messages.get(Locale.US, "validation.required"));
    assertEquals("At most 500 characters", Messages.get(Locale.ENGLISH, "validation.tooLong", 500));
  }
}
