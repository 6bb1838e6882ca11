package cn.gov.zj.cloud.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RuleWordingTest {

  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  @Test
  @DisplayName("Art. 25: the statute in force reads as the provincial defaults, not as 'v0 1970'")
  void statutoryInPlainWords() {
    assertEquals("全省默认规则（现行）", RuleWording.of(ZH, "PROVINCIAL v0 1970-01-01T00:00:00Z", "湖州市"));
    assertEquals(
        "Provincial default rules (current)",
        RuleWording.of(Locale.ENGLISH, "PROVINCIAL v0 1970-01-01T00:00:00Z", "Huzhou"));
  }

  @Test
  @DisplayName("Art. 25: a local rule names its city, version and Beijing start date")
  void localInPlainWords() {
    assertEquals(
        "湖州市地方规则 第 2 版，2026-12-01 起", RuleWording.of(ZH, "LOCAL v2 2026-11-30T16:00:00Z", "湖州市"));
    assertEquals(
        "Huzhou local rules, version 2, from 2026-12-01",
        RuleWording.of(Locale.ENGLISH, "LOCAL v2 2026-11-30T16:00:00Z", "Huzhou"));
    assertEquals(
        "全省默认规则 第 3 版，2026-12-01 起",
        RuleWording.of(
            ZH,
            new RuleOrigin(RuleSource.PROVINCIAL, 3, Instant.parse("2026-12-01T01:00:00Z")),
            ""));
  }

  @Test
  @DisplayName("Art. 25: the label a step stores reads back as the same origin")
  void labelRoundTrip() {
    RuleOrigin origin = new RuleOrigin(RuleSource.LOCAL, 2, Instant.parse("2026-11-30T16:00:00Z"));
    assertEquals("LOCAL v2 2026-11-30T16:00:00Z", RuleWording.label(origin));
    assertEquals(origin, RuleWording.parse(RuleWording.label(origin)).orElseThrow());
  }

  @Test
  @DisplayName("Art. 25: a stored text that is no rule label is shown as stored; nothing as a dash")
  void olderRowsStillShow() {
    assertEquals("旧规则说明", RuleWording.of(ZH, "旧规则说明", "湖州市"));
    assertEquals("—", RuleWording.of(ZH, (String) null, "湖州市"));
    assertTrue(RuleWording.parse("LOCAL vX 2026").isEmpty());
  }
}
