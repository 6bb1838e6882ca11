package cn.gov.zj.cloud.privateportal.dashboard.web;

import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Art. 4: who finds a dashboard in the menu: the city's and the province's. */
@Named
@RequestScoped
public class DashboardMenu {

  @Inject private CurrentActor actor;

  /** Art. 4: a city's reviewers and tenant administrators. */
  public boolean isCity() {
    return actor.get().hasAny(Role.REVIEWER, Role.TENANT_ADMIN);
  }

  /** Art. 4: the province administrator. */
  public boolean isProvince() {
    return actor.get().has(Role.PROVINCE_ADMIN);
  }
}
