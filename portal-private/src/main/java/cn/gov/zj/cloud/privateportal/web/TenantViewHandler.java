package cn.gov.zj.cloud.privateportal.web;

import cn.gov.zj.cloud.domain.tenant.Tenant;
import cn.gov.zj.cloud.privateportal.tenant.TenantPathFilter;
import cn.gov.zj.cloud.privateportal.tenant.TenantViews;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;

/**
 * Forms and links of a tenant's page post back to the tenant's path ({@code /t/<tenant>/…}), never
 * to the view file, so that every request names its tenant for the authentication mechanism.
 */
public class TenantViewHandler extends ViewHandlerWrapper {

  public TenantViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public String getActionURL(FacesContext context, String viewId) {
    Object tenant =
        context.getExternalContext().getRequestMap().get(TenantPathFilter.TENANT_ATTRIBUTE);
    if (tenant instanceof Tenant known && viewId.startsWith("/views/")) {
      return context.getExternalContext().getRequestContextPath()
          + TenantViews.pathOf(known.id().value(), viewId);
    }
    return super.getActionURL(context, viewId);
  }
}
