package cn.gov.zj.cloud.privateportal.access;

/**
 * Art. 20: 403 with the reason: the unit has not authorized this access (no grant, one expired or
 * revoked, one of another scope), or the provider asks for a material its tasks do not need. The
 * detail is the translated {@code messageKey}; nothing was stored.
 */
public class AccessRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final String reason;

  public AccessRefused(String reason, String messageKey) {
    super(messageKey);
    this.reason = reason;
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }

  /** The machine-readable reason, e.g. {@code EXPIRED}. */
  public String reason() {
    return reason;
  }
}
