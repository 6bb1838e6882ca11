package cn.gov.zj.cloud.privateportal.web;

import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.tenant.Tenant;
import cn.gov.zj.cloud.privateportal.security.Actor;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import cn.gov.zj.cloud.privateportal.tenant.TenantPathFilter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/** What every page of a tenant shows around its content: tenant, user, navigation. */
@Named("page")
@RequestScoped
public class PortalPage {

  @Inject private HttpServletRequest request;
  @Inject private CurrentActor actor;
  @Inject private LocaleSelection locale;

  public Tenant getTenant() {
    return (Tenant) request.getAttribute(TenantPathFilter.TENANT_ATTRIBUTE);
  }

  public String getTenantName() {
    return getTenant().name(locale.getLocale());
  }

  public Actor getActor() {
    return actor.get();
  }

  /** The signed-in user's name as the realm gives it. */
  public String getUserName() {
    return getActor().displayName();
  }

  /** The context-relative link to a page of the current tenant, e.g. {@code systems}. */
  public String path(String page) {
    return request.getContextPath() + "/t/" + getTenant().id() + "/" + page;
  }

  public List<String> getRoleKeys() {
    return getActor().roles().stream().map(r -> "role." + r.realmRole()).sorted().toList();
  }

  /**
   * Page guard: answers 403 unless the actor holds one of the realm roles named, comma-separated
   * (the services check again; this keeps a page from failing half-drawn).
   */
  public void require(String realmRoles) {
    boolean allowed =
        java.util.Arrays.stream(realmRoles.split(","))
            .map(String::strip)
            .flatMap(name -> Role.ofRealmRole(name).stream())
            .anyMatch(getActor()::has);
    if (!allowed) {
      FacesFeedback.sendError(403);
    }
  }

  public boolean isTenantAdmin() {
    return getActor().has(Role.TENANT_ADMIN);
  }

  public boolean isApplicant() {
    return getActor().has(Role.UNIT_APPLICANT);
  }

  /** Any role of the tenant's staff (not the province-only roles): who works on applications. */
  public boolean isTenantStaff() {
    return getActor().hasAny(Role.tenantStaff());
  }

  /** Art. 23: who answers the public portal's consultations. */
  public boolean isAnswering() {
    return getActor().hasAny(Role.REVIEWER, Role.TENANT_ADMIN);
  }

  /** Art. 15: who reads the monthly utilization reports (unit staff: their unit's). */
  public boolean isReportReader() {
    return getActor()
        .hasAny(
            Role.UNIT_APPLICANT,
            Role.UNIT_SECURITY_OFFICER,
            Role.REVIEWER,
            Role.PROVIDER_OPERATOR,
            Role.TENANT_ADMIN);
  }

  public boolean isProvinceAdmin() {
    return getActor().has(Role.PROVINCE_ADMIN);
  }

  /** Art. 18: who reads the tenant's audit log. */
  public boolean isAuditReader() {
    return getActor().hasAny(Role.SECURITY_SUPERVISOR, Role.TENANT_ADMIN);
  }
}
