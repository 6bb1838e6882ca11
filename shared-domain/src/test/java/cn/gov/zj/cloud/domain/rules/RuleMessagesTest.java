package cn.gov.zj.cloud.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.i18n.Messages;
import cn.gov.zj.cloud.domain.validation.FieldError;
import cn.gov.zj.cloud.domain.validation.Violations;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RuleMessagesTest {

  private static final List<Locale> LOCALES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

  /** Every message the rules can give: each refusal of a draft or a change. */
  private static List<FieldError> everyError() {
    DeadlineRules province = DeadlineRules.provincialDefaults();
    List<FieldError> errors = new ArrayList<>();
    errors.addAll(Drafts.localErrors(Drafts.trial(Drafts.acceptance(4), 10, 45), province));
    errors.addAll(Drafts.localErrors(Drafts.trial(Drafts.statutory(), 25, 20), province));
    errors.addAll(Drafts.provincialErrors(new RulesDraft(Map.of("X", 0), 14, 91)));
    errors.addAll(Drafts.provincialErrors(new RulesDraft(Map.of(), null, null)));
    Instant now = Instant.parse("2025-03-03T02:00:00Z");
    RuleHistory history = RuleHistory.empty().append(province, now);
    Violations past = new Violations();
    history.checkEffectiveFrom(now.minusSeconds(1), now, past);
    Violations again = new Violations();
    history.checkEffectiveFrom(now, now, again);
    errors.addAll(past.errors());
    errors.addAll(again.errors());
    return errors;
  }

  @Test
  @DisplayName("Art. 25: every refusal of a rule change has its message in Chinese and English")
  void everyErrorTranslated() {
    List<String> keys = everyError().stream().map(FieldError::messageKey).distinct().toList();
    assertEquals(10, keys.size(), keys.toString());
    for (Locale locale : LOCALES) {
      for (FieldError error : everyError()) {
        String text = Messages.get(locale, error.messageKey(), error.arguments().toArray());
        assertTrue(!text.equals(error.messageKey()), locale + " lacks " + error.messageKey());
      }
    }
  }

  @Test
  @DisplayName("Art. 8–12, Art. 25: every step and source has its name in Chinese and English")
  void namesTranslated() {
    List<String> keys = new ArrayList<>();
    for (StatutoryStep step : StatutoryStep.values()) {
      keys.add(step.nameKey());
    }
    for (RuleSource source : RuleSource.values()) {
      keys.add(source.nameKey());
    }
    for (Locale locale : LOCALES) {
      for (String key : keys) {
        assertTrue(Messages.bundle(locale).containsKey(key), locale + " lacks " + key);
      }
    }
    assertEquals("受理", Messages.get(Locale.CHINA, StatutoryStep.ACCEPTANCE.nameKey()));
  }

  @Test
  @DisplayName("Art. 25: the refusal names the provincial default that bounds the local rule")
  void namesTheDefault() {
    assertEquals(
        "不得长于全省默认期限 3 个工作日（第 25 条）",
        Messages.get(Locale.SIMPLIFIED_CHINESE, "rules.limit.longerThanProvincial", 3));
    assertEquals(
        "Must not be longer than the provincial default of 3 working days (Art. 25)",
        Messages.get(Locale.ENGLISH, "rules.limit.longerThanProvincial", 3));
  }
}
