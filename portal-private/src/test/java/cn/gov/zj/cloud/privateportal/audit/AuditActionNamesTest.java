package cn.gov.zj.cloud.privateportal.audit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.application.Action;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Art. 18: the audit viewer names every action in the reader's language, never by its code. */
class AuditActionNamesTest {

  private static ResourceBundle bundle(String base, Locale locale) {
    return ResourceBundle.getBundle(
        base,
        locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  @Test
  @DisplayName("Art. 18: every audit action has a name in Chinese and in English")
  void art18_everyActionIsNamedInBothLanguages() {
    for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
      ResourceBundle ui = bundle("cn.gov.zj.cloud.privateportal.web.ui", locale);
      ResourceBundle domain = bundle("cn.gov.zj.cloud.domain.i18n.messages", locale);
      for (AuditAction action : AuditAction.values()) {
        String step = action.code().replaceFirst("^application\\.", "");
        boolean named =
            Action.ofName(step).isPresent()
                ? domain.containsKey("application.action." + step)
                : ui.containsKey("audit.action." + action.code());
        assertTrue(named, locale + ": " + action.code());
      }
    }
  }
}
