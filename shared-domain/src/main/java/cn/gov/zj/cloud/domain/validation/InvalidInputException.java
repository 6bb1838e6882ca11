package cn.gov.zj.cloud.domain.validation;

import java.util.List;

/** Bad input: nothing was changed, and every offending field is named. */
public class InvalidInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<FieldError> errors;

  public InvalidInputException(List<FieldError> errors) {
    super(describe(errors));
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("an invalid input names at least one field");
    }
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }

  private static String describe(List<FieldError> errors) {
    StringBuilder text = new StringBuilder("invalid input:");
    errors.forEach(e -> text.append(' ').append(e.field()).append('=').append(e.messageKey()));
    return text.toString();
  }
}
