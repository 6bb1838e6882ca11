package cn.gov.zj.cloud.privateportal.registry.web;

import cn.gov.zj.cloud.domain.tenant.Tenant;
import cn.gov.zj.cloud.privateportal.registry.AppSystem;
import cn.gov.zj.cloud.privateportal.registry.Oversight;
import cn.gov.zj.cloud.privateportal.registry.Systems;
import cn.gov.zj.cloud.privateportal.tenant.Tenants;
import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import cn.gov.zj.cloud.privateportal.web.PagedModel;
import cn.gov.zj.cloud.privateportal.web.SheetDownload;
import cn.gov.zj.cloud.privateportal.web.TenantNames;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.StreamedContent;

/** Art. 4: the province administrator's read-only list of every tenant's systems. */
@Named
@ViewScoped
public class OversightList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Oversight oversight;
  @Inject private Tenants tenants;
  @Inject private TenantNames tenantNames;

  private String tenant;
  private PagedModel<AppSystem> model;

  @PostConstruct
  void init() {
    Oversight service = oversight;
    model =
        new PagedModel<>(
            request -> service.systems(tenant, request),
            Systems.SORTABLE.keySet(),
            "name",
            AppSystem::getId);
  }

  public PagedModel<AppSystem> getModel() {
    return model;
  }

  public List<Tenant> getTenants() {
    return tenants.all();
  }

  public String getTenant() {
    return tenant;
  }

  public void setTenant(String tenant) {
    this.tenant = tenant == null || tenant.isBlank() ? null : tenant;
  }

  /** Art. 4: every system of the chosen tenant (or all), as searched on the page, as XLSX. */
  public StreamedContent getExport() {
    return SheetDownload.of(
        "oversight.xlsx",
        RegistrySheets.oversight(model.all(), tenantNames::of, FacesFeedback::text));
  }
}
