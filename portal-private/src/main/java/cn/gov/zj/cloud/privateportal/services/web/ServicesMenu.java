package cn.gov.zj.cloud.privateportal.services.web;

import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import cn.gov.zj.cloud.privateportal.services.ServiceRoles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Art. 14: who sees the service pages' links and buttons. */
@Named
@RequestScoped
public class ServicesMenu {

  @Inject private CurrentActor actor;

  /** The roles that use the service requests and training pages. */
  public boolean isShown() {
    return actor.find().map(who -> who.hasAny(ServiceRoles.READERS)).orElse(false);
  }

  /** Unit staff: they ask for help and register for sessions. */
  public boolean isUnitStaff() {
    return actor.find().map(who -> who.hasAny(ServiceRoles.UNIT_STAFF)).orElse(false);
  }

  /** The provider: answers requests, schedules sessions, records attendance. */
  public boolean isProvider() {
    return actor.find().map(who -> who.has(Role.PROVIDER_OPERATOR)).orElse(false);
  }
}
