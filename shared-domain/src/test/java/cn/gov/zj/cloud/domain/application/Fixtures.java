package cn.gov.zj.cloud.domain.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import cn.gov.zj.cloud.domain.i18n.Messages;
import cn.gov.zj.cloud.domain.registry.MlpsLevel;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.validation.FieldError;
import cn.gov.zj.cloud.domain.validation.Violations;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Small builders for the lifecycle tests. */
final class Fixtures {

  static final MlpsLevel LEVEL_2 = new MlpsLevel(2);
  static final MlpsLevel LEVEL_3 = new MlpsLevel(3);

  static final List<ResourceDraft> ASKED =
      List.of(
          Lines.host(2, 8, 32, 100, 500),
          Lines.database("PostgreSQL", 4, 16, 200),
          Lines.storage("OBJECT", 1024),
          Lines.security("WAF"),
          Lines.bandwidth(50));

  private Fixtures() {}

  static Set<Role> as(Role role) {
    return Set.of(role);
  }

  static ResourcePlan plan(List<ResourceDraft> drafts) {
    Violations violations = new Violations();
    ResourcePlan plan = ResourcePlan.from(drafts, null, violations);
    violations.throwIfAny();
    return plan;
  }

  static Outcome fire(ApplicationState state, Action action, ActionContext context) {
    return Lifecycle.fire(state, action, as(action.role()), context);
  }

  static Outcome.Transition moved(Outcome outcome) {
    return assertInstanceOf(Outcome.Transition.class, outcome, () -> outcome.toString());
  }

  /** The fields named, in order; every message key resolves in both bundles. */
  static List<String> invalidFields(Outcome outcome) {
    Outcome.Invalid invalid = assertInstanceOf(Outcome.Invalid.class, outcome);
    invalid.errors().forEach(Fixtures::assertTranslated);
    return invalid.errors().stream().map(FieldError::field).toList();
  }

  static String keyOf(Outcome outcome, String field) {
    Outcome.Invalid invalid = assertInstanceOf(Outcome.Invalid.class, outcome);
    return invalid.errors().stream()
        .filter(e -> e.field().equals(field))
        .findFirst()
        .orElseThrow()
        .messageKey();
  }

  static void assertTranslated(FieldError error) {
    assertTranslated(error.messageKey());
  }

  static void assertTranslated(String key) {
    for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
      assertNotEquals(key, Messages.get(locale, key), key + " missing in " + locale);
    }
  }

  static void assertRefused(Outcome outcome, Outcome.Reason reason) {
    Outcome.Refusal refusal = assertInstanceOf(Outcome.Refusal.class, outcome);
    assertEquals(reason, refusal.reason());
  }
}
