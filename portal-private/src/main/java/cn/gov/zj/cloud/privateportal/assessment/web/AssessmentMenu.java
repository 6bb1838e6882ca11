package cn.gov.zj.cloud.privateportal.assessment.web;

import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Art. 22, 23: which of the assessment pages the actor's menu links to. */
@Named
@RequestScoped
public class AssessmentMenu {

  @Inject private CurrentActor actor;

  /** 单位年度考核: the department, the administrator, the units' staff (their own unit). */
  public boolean isUnits() {
    return has(Role.REVIEWER, Role.TENANT_ADMIN, Role.UNIT_APPLICANT, Role.UNIT_SECURITY_OFFICER);
  }

  /** 供应商考核: the department, the administrator, the provider, the province. */
  public boolean isProvider() {
    return has(Role.REVIEWER, Role.TENANT_ADMIN, Role.PROVIDER_OPERATOR, Role.PROVINCE_ADMIN);
  }

  private boolean has(Role... roles) {
    return actor.find().map(a -> a.hasAny(roles)).orElse(false);
  }
}
