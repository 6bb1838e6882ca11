package cn.gov.zj.cloud.privateportal.filing.web;

import cn.gov.zj.cloud.domain.filing.FilingState;
import cn.gov.zj.cloud.domain.tenant.Tenant;
import cn.gov.zj.cloud.privateportal.filing.FilingReviews;
import cn.gov.zj.cloud.privateportal.filing.Filings;
import cn.gov.zj.cloud.privateportal.filing.PlatformFiling;
import cn.gov.zj.cloud.privateportal.paging.Page;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
import cn.gov.zj.cloud.privateportal.tenant.Tenants;
import cn.gov.zj.cloud.privateportal.web.PagedModel;
import cn.gov.zj.cloud.privateportal.web.PortalPage;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.component.datatable.DataTable;

/**
 * Art. 5: the filings list: the city's own (平台备案), or every city's for the province-admin (备案审查),
 * searched by platform name, filtered by state and (province) by city.
 */
@Named
@ViewScoped
public class FilingList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Filings filings;
  @Inject private FilingReviews reviews;
  @Inject private Tenants tenants;
  @Inject private PortalPage page;

  private String city;
  private FilingState state;
  private boolean province;
  private PagedModel<PlatformFiling> model;

  @PostConstruct
  void init() {
    province = page.isProvinceAdmin();
    model =
        new PagedModel<>(this::page, Filings.SORTABLE.keySet(), "filedAt", PlatformFiling::getId);
  }

  private Page<PlatformFiling> page(PageRequest request) {
    return province ? reviews.list(city, state, request) : filings.list(state, request);
  }

  /** A filter changed: back to the first page. */
  public void filtered() {
    var table =
        FacesContext.getCurrentInstance().getViewRoot().findComponent("filings-form:filings-table");
    if (table instanceof DataTable dataTable) {
      dataTable.setFirst(0);
    }
  }

  public PagedModel<PlatformFiling> getModel() {
    return model;
  }

  public boolean isProvince() {
    return province;
  }

  public List<Tenant> getCities() {
    return tenants.all().stream().filter(t -> !t.isProvince()).toList();
  }

  public FilingState[] getStates() {
    return FilingState.values();
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city == null || city.isBlank() ? null : city;
  }

  public FilingState getState() {
    return state;
  }

  public void setState(FilingState state) {
    this.state = state;
  }
}
