package cn.gov.zj.cloud.privateportal.securityfile;

import cn.gov.zj.cloud.domain.security.Role;
import java.util.List;

/**
 * Art. 17, 19: what a security file belongs to, who uploads to it, and the name of its item in the
 * REST paths ({@code findings/<id>/attachments}) and in the audit log.
 */
public enum SecurityFileOwner {
  /** Art. 17: a finding's rectification evidence, by the unit's staff while it is open. */
  FINDING("finding", Role.UNIT_APPLICANT, Role.UNIT_SECURITY_OFFICER),
  /** Art. 19: a monthly bulletin's attachments, by the provider. */
  BULLETIN("bulletin", Role.PROVIDER_OPERATOR),
  /** Art. 19: a drill's report, by the provider. */
  DRILL("drill", Role.PROVIDER_OPERATOR);

  private final String entity;
  private final List<Role> uploaders;

  SecurityFileOwner(String entity, Role... uploaders) {
    this.entity = entity;
    this.uploaders = List.of(uploaders);
  }

  /** The item's name in the audit log and in {@code 404} problems. */
  public String entity() {
    return entity;
  }

  /** The roles that may upload a file to such an item. */
  public List<Role> uploaders() {
    return uploaders;
  }
}
