package cn.gov.zj.cloud.privateportal.tenant;

/**
 * Nothing of that id in the actor's view: it does not exist, or it belongs to another tenant or
 * unit. The two answer alike (404), so that ids of other tenants reveal nothing.
 */
public class NotFound extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NotFound(String what, Object id) {
    super(what + " " + id + " not found");
  }
}
