package cn.gov.zj.cloud.privateportal.web;

import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.tenant.Tenant;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.application.Applications;
import cn.gov.zj.cloud.privateportal.notification.Notifications;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
import cn.gov.zj.cloud.privateportal.registry.Systems;
import cn.gov.zj.cloud.privateportal.registry.Units;
import cn.gov.zj.cloud.privateportal.registry.UsingUnit;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import cn.gov.zj.cloud.privateportal.tenant.Tenants;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The start pages: the tenant chooser of the portal, and each tenant's overview. */
@Named
@RequestScoped
public class Home {

  @Inject private Tenants tenants;
  @Inject private CurrentActor actor;
  @Inject private Units units;
  @Inject private Systems systems;
  @Inject private Applications applications;
  @Inject private Notifications notifications;

  public List<Tenant> getCities() {
    return tenants.all().stream().filter(t -> !t.isProvince()).toList();
  }

  public Tenant getProvince() {
    return tenants.all().stream().filter(Tenant::isProvince).findFirst().orElseThrow();
  }

  public long getUnitCount() {
    return units.list(firstRow(Units.sortFields())).total();
  }

  /** Systems the actor may see; unit staff without a registry role see none. */
  public long getSystemCount() {
    return reads() ? systems.list(firstRow(Systems.SORTABLE.keySet())).total() : 0;
  }

  /** Art. 8–12: what waits for the actor. */
  public long getInboxCount() {
    return reads() ? applications.inbox(firstRow(Applications.SORTABLE.keySet())).total() : 0;
  }

  /** Art. 8–12: the overdue steps the actor sees (their unit's, or the tenant's). */
  public long getOverdueCount() {
    return reads()
        ? applications.list(null, true, firstRow(Applications.SORTABLE.keySet())).total()
        : 0;
  }

  public long getUnreadCount() {
    return reads()
        ? notifications.mine(true, firstRow(Notifications.SORTABLE.keySet())).total()
        : 0;
  }

  private boolean reads() {
    return actor.get().hasAny(Role.tenantStaff());
  }

  /** The name of the actor's own unit, if any. */
  public String getUnitName() {
    return actor.get().unit().flatMap(units::byCreditCode).map(UsingUnit::getName).orElse(null);
  }

  private static PageRequest firstRow(java.util.Set<String> sortable) {
    String sort = sortable.contains("id") ? "id" : sortable.iterator().next();
    return PageRequest.parse("0", "1", null, null, sortable, sort, new Violations());
  }
}
