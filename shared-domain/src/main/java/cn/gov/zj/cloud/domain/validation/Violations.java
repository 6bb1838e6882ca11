package cn.gov.zj.cloud.domain.validation;

import java.util.ArrayList;
import java.util.List;

/** Collects every invalid field of one input before anything is stored. */
public final class Violations {

  private final List<FieldError> errors = new ArrayList<>();

  public Violations add(String field, String messageKey, Object... arguments) {
    errors.add(FieldError.of(field, messageKey, arguments));
    return this;
  }

  /** Adds the error only when the field has none yet, so each field is named once. */
  public Violations addOnce(String field, String messageKey, Object... arguments) {
    if (!has(field)) {
      add(field, messageKey, arguments);
    }
    return this;
  }

  public boolean has(String field) {
    return errors.stream().anyMatch(e -> e.field().equals(field));
  }

  public boolean isEmpty() {
    return errors.isEmpty();
  }

  public List<FieldError> errors() {
    return List.copyOf(errors);
  }

  /** Throws when anything was collected; nothing is stored past this point on bad input. */
  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }
}
