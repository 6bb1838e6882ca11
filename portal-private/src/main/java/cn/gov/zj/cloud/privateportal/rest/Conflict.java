package cn.gov.zj.cloud.privateportal.rest;

import java.util.List;

/**
 * 409: the request is well formed but the object's current state does not allow it; nothing was
 * changed. The detail is the translated {@code messageKey}.
 */
public class Conflict extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final transient List<Object> arguments;

  public Conflict(String messageKey, Object... arguments) {
    super(messageKey);
    this.messageKey = messageKey;
    this.arguments = List.of(arguments);
  }

  public String messageKey() {
    return messageKey;
  }

  public List<Object> arguments() {
    return arguments;
  }
}
