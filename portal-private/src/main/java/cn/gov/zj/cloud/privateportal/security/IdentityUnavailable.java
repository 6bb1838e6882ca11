package cn.gov.zj.cloud.privateportal.security;

/** Issue 15: Keycloak did not answer (stopped, unreachable); not a refusal of the user. */
class IdentityUnavailable extends RuntimeException {

  private static final long serialVersionUID = 1L;

  IdentityUnavailable(String message, Throwable cause) {
    super(message, cause);
  }
}
