package cn.gov.zj.cloud.domain.registry;

import cn.gov.zj.cloud.domain.validation.Violations;

/** Text field rules shared by the registry's inputs. */
final class Texts {

  private Texts() {}

  /** The stripped text, or null with a violation when blank or too long. */
  static String required(String field, String text, int max, Violations violations) {
    String clean = optional(field, text, max, violations);
    if (clean == null) {
      violations.addOnce(field, "validation.required");
    }
    return clean;
  }

  /** The stripped text, null when blank; a violation when too long. */
  static String optional(String field, String text, int max, Violations violations) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String clean = text.strip();
    if (clean.length() > max) {
      violations.addOnce(field, "validation.tooLong", max);
      return null;
    }
    return clean;
  }
}
