package cn.gov.zj.cloud.privateportal.fault.web;

import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Art. 13: who sees the fault pages (the menu link) and who reports faults. */
@Named
@RequestScoped
public class FaultPages {

  @Inject private CurrentActor actor;

  /** The unit's staff, the provider, the reviewer and the tenant administrator. */
  public boolean isReader() {
    return actor
        .get()
        .hasAny(
            Role.UNIT_APPLICANT,
            Role.UNIT_SECURITY_OFFICER,
            Role.PROVIDER_OPERATOR,
            Role.REVIEWER,
            Role.TENANT_ADMIN);
  }

  /** Art. 13: the unit's staff report faults. */
  public boolean isReporter() {
    return actor.get().hasAny(Role.UNIT_APPLICANT, Role.UNIT_SECURITY_OFFICER);
  }
}
