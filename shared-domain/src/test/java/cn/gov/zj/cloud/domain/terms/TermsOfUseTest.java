package cn.gov.zj.cloud.domain.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.i18n.Messages;
import cn.gov.zj.cloud.domain.validation.FieldError;
import cn.gov.zj.cloud.domain.validation.Violations;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TermsOfUseTest {

  private static final TermsOfUse TERMS = new TermsOfUse("2026-1");

  @Test
  @DisplayName("Art. 16: only the version in force is accepted; another names the field version")
  void art16_onlyTheVersionInForceIsAccepted() {
    Violations none = new Violations();
    TERMS.checkAccepted(" 2026-1 ", none);
    assertTrue(none.isEmpty());
    for (String other : new String[] {"2025-1", "2026-2", "", null}) {
      Violations faults = new Violations();
      TERMS.checkAccepted(other, faults);
      List<FieldError> errors = faults.errors();
      assertEquals(1, errors.size(), String.valueOf(other));
      assertEquals("version", errors.get(0).field());
    }
  }

  @Test
  @DisplayName(
      "Art. 16: a unit submits only after accepting the version in force, not an older one")
  void art16_submissionNeedsTheVersionInForce() {
    assertTrue(TERMS.admits(Optional.of("2026-1")));
    assertFalse(TERMS.admits(Optional.of("2025-1")));
    assertFalse(TERMS.admits(Optional.empty()));
  }

  @Test
  @DisplayName("Art. 16: the terms in force have a text in Chinese and in English")
  void art16_theTextIsInBothLanguages() {
    for (Locale locale : new Locale[] {Messages.CHINESE, Locale.ENGLISH}) {
      String text = Messages.get(locale, TermsOfUse.TEXT_KEY);
      assertFalse(text.equals(TermsOfUse.TEXT_KEY), locale.toString());
      assertTrue(text.lines().count() >= 5, locale + ": " + text);
      assertFalse(Messages.get(locale, TermsOfUse.TITLE_KEY).equals(TermsOfUse.TITLE_KEY));
    }
    assertTrue(Messages.get(Messages.CHINESE, TermsOfUse.TEXT_KEY).contains("安全管理员"));
  }
}
