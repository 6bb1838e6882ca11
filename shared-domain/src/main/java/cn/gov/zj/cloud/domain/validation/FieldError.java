package cn.gov.zj.cloud.domain.validation;

import java.util.List;

/**
 * One invalid input field: its name as the REST and form layers spell it, a message key of the
 * shared bundle, and the arguments of that message.
 */
public record FieldError(String field, String messageKey, List<Object> arguments) {

  public FieldError {
    arguments = List.copyOf(arguments);
  }

  public static FieldError of(String field, String messageKey, Object... arguments) {
    return new FieldError(field, messageKey, List.of(arguments));
  }
}
