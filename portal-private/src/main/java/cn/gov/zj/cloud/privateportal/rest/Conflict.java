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

  /** Extension members of the problem (RFC 9457 §3.2), e.g. what is allowed now; none here. */
  public jakarta.json.JsonObject members() {
    return jakarta.json.JsonValue.EMPTY_JSON_OBJECT;
  }
}
