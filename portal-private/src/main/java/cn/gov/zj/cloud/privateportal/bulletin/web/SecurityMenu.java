package cn.gov.zj.cloud.privateportal.bulletin.web;

import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Art. 17, 19: which of the security pages the actor's menu links to. */
@Named
@RequestScoped
public class SecurityMenu {

  @Inject private CurrentActor actor;

  /** 安全检查: the inspectors, the tenant's administrator and the units' staff. */
  public boolean isInspections() {
    return has(
        Role.REVIEWER,
        Role.SECURITY_SUPERVISOR,
        Role.TENANT_ADMIN,
        Role.UNIT_APPLICANT,
        Role.UNIT_SECURITY_OFFICER);
  }

  /** 安全通报: every staff role of the tenant. */
  public boolean isBulletins() {
    return has(Role.tenantStaff());
  }

  /** 应急演练 + 合规情况: the department, the security authority, the provider, the administrator. */
  public boolean isCompliance() {
    return has(Role.REVIEWER, Role.SECURITY_SUPERVISOR, Role.PROVIDER_OPERATOR, Role.TENANT_ADMIN);
  }

  private boolean has(Role... roles) {
    return actor.find().map(a -> a.hasAny(roles)).orElse(false);
  }
}
