package cn.gov.zj.cloud.privateportal.application.web;

import cn.gov.zj.cloud.domain.application.ApplicationState;
import cn.gov.zj.cloud.privateportal.application.Applications;
import cn.gov.zj.cloud.privateportal.paging.Page;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import cn.gov.zj.cloud.privateportal.web.PagedModel;
import cn.gov.zj.cloud.privateportal.web.SheetDownload;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.StreamedContent;

/**
 * Art. 6, 8–12: the applications the actor may see, soonest due first, searched by system name,
 * filtered by state or to the overdue ones.
 */
@Named
@ViewScoped
public class ApplicationList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Applications applications;
  @Inject private ApplicationDisplay display;

  private ApplicationState state;
  private boolean overdueOnly;
  private PagedModel<ApplicationRow> model;
  private PagedModel<ApplicationRow> drafts;

  @PostConstruct
  void init() {
    model =
        new PagedModel<>(
            this::page, Applications.SORTABLE.keySet(), "dueDate", ApplicationRow::getId);
    drafts =
        new PagedModel<>(
            request -> display.rows(applications.list(ApplicationState.DRAFT, false, request)),
            Applications.SORTABLE.keySet(),
            "-updatedAt",
            ApplicationRow::getId);
  }

  private Page<ApplicationRow> page(PageRequest request) {
    return display.rows(applications.list(state, overdueOnly, request));
  }

  /** A filter changed: back to the first page. */
  public void filtered() {
    var table =
        FacesContext.getCurrentInstance()
            .getViewRoot()
            .findComponent("applications-form:applications-table");
    if (table instanceof DataTable dataTable) {
      dataTable.setFirst(0);
    }
  }

  public PagedModel<ApplicationRow> getModel() {
    return model;
  }

  /** Art. 7: the unit's drafts, last changed first, to resume in the wizard. */
  public PagedModel<ApplicationRow> getDrafts() {
    return drafts;
  }

  public ApplicationState[] getStates() {
    return ApplicationState.values();
  }

  public ApplicationState getState() {
    return state;
  }

  public void setState(ApplicationState state) {
    this.state = state;
  }

  public boolean isOverdueOnly() {
    return overdueOnly;
  }

  public void setOverdueOnly(boolean overdueOnly) {
    this.overdueOnly = overdueOnly;
  }

  /** Art. 6, 8–12: every application of the list, as searched and filtered on the page, as XLSX. */
  public StreamedContent getExport() {
    return SheetDownload.of(
        "applications.xlsx",
        ApplicationSheets.write(
            "nav.applications", model.all(), FacesFeedback::text, FacesFeedback::domain));
  }
}
