package cn.gov.zj.cloud.domain.interconnect;

/** Art. 24: a message that is not exactly one of the whitelisted, signed kinds. */
public class MessageRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final Refusal reason;

  public MessageRefused(Refusal reason, String detail) {
    super(reason + ": " + detail);
    this.reason = reason;
  }

  public Refusal reason() {
    return reason;
  }
}
