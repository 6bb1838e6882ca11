package cn.gov.zj.cloud.publicportal.tenant;

import cn.gov.zj.cloud.domain.tenant.Tenant;
import cn.gov.zj.cloud.domain.tenant.TenantDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import jakarta.servlet.http.HttpServletRequest;

/** Art. 5: the tenants, read once from the configured list, and the tenant of this request. */
@ApplicationScoped
public class Tenants {

  /** Request attribute holding the {@link Tenant} that {@link TenantRouteFilter} resolved. */
  static final String REQUEST_ATTRIBUTE = "zj.public.tenant";

  @Produces
  @Singleton
  @Named("tenants")
  TenantDirectory directory() {
    return TenantDirectory.load();
  }

  @Produces
  @Named("tenant")
  Tenant ofRequest(HttpServletRequest request) {
    return (Tenant) request.getAttribute(REQUEST_ATTRIBUTE);
  }
}
