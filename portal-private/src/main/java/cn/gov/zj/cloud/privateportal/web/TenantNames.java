package cn.gov.zj.cloud.privateportal.web;

import cn.gov.zj.cloud.domain.tenant.Tenant;
import cn.gov.zj.cloud.privateportal.tenant.Tenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Tenant names in the user's language, for pages listing several tenants. */
@Named
@ApplicationScoped
public class TenantNames {

  @Inject private Tenants tenants;
  @Inject private LocaleSelection locale;

  public String of(String tenant) {
    return tenants.find(tenant).map(t -> t.name(locale.getLocale())).orElse(tenant);
  }

  public String name(Tenant tenant) {
    return tenant.name(locale.getLocale());
  }
}
