package cn.gov.zj.cloud.privateportal.staff;

/** Keycloak did not answer as expected: nothing was changed (REST 503). */
public class DirectoryUnavailable extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public DirectoryUnavailable(String message) {
    super(message);
  }
}
