package cn.gov.zj.cloud.domain.validation;

/**
 * Text fields of every input: stripped, bounded, blank is absent; faults go to {@link Violations}.
 */
public final class Texts {

  private Texts() {}

  /** The stripped text, or null with a violation when blank or too long. */
  public static String required(String field, String text, int max, Violations violations) {
    return required(field, text, max, "validation.required", violations);
  }

  /**
   * The stripped text, or null with {@code requiredKey} when blank, or a violation when too long.
   */
  public static String required(
      String field, String text, int max, String requiredKey, Violations violations) {
    String clean = optional(field, text, max, violations);
    if (clean == null) {
      violations.addOnce(field, requiredKey);
    }
    return clean;
  }

  /** The stripped text, null when blank; a violation when too long. */
  public static String optional(String field, String text, int max, Violations violations) {
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

  /** The constant of {@code type} named by {@code text}, or null with a violation listing all. */
  public static <E extends Enum<E>> E constant(
      String field, String text, Class<E> type, Violations violations) {
    if (text == null || text.isBlank()) {
      violations.addOnce(field, "validation.required");
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text.strip())) {
        return constant;
      }
    }
    violations.addOnce(field, "validation.unknownValue", names(type));
    return null;
  }

  private static String names(Class<? extends Enum<?>> type) {
    StringBuilder names = new StringBuilder();
    for (Enum<?> constant : type.getEnumConstants()) {
      names.append(names.length() == 0 ? "" : ", ").append(constant.name());
    }
    return names.toString();
  }
}
