package cn.gov.zj.cloud.privateportal.security;

/** A bearer token that does not prove who acts in this tenant: 401. */
public class InvalidToken extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidToken(String reason) {
    super(reason);
  }
}
