package cn.gov.zj.cloud.privateportal.security;

import cn.gov.zj.cloud.domain.security.Role;
import java.util.Arrays;
import java.util.List;

/** The actor lacks the role an action needs: REST answers 403, pages show a message. */
public class AccessDenied extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<Role> needed;

  public AccessDenied(Role... needed) {
    super("needs one of " + Arrays.toString(needed));
    this.needed = List.of(needed);
  }

  public List<Role> needed() {
    return needed;
  }
}
