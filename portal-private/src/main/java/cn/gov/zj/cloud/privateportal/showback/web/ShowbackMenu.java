package cn.gov.zj.cloud.privateportal.showback.web;

import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import cn.gov.zj.cloud.privateportal.showback.Showbacks;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Art. 21: who sees the showback and the prices in the menu. */
@Named
@RequestScoped
public class ShowbackMenu {

  @Inject private CurrentActor actor;

  /** Art. 21: the unit's staff, the reviewer and the tenant administrator. */
  public boolean isShowback() {
    return actor.get().hasAny(Showbacks.READERS);
  }

  /** Art. 21, Art. 25: the province administrator sets prices, a tenant administrator lowers. */
  public boolean isPrices() {
    return actor.get().hasAny(Role.PROVINCE_ADMIN, Role.TENANT_ADMIN);
  }
}
