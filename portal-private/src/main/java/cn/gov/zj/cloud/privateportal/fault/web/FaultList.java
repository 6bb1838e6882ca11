package cn.gov.zj.cloud.privateportal.fault.web;

import cn.gov.zj.cloud.domain.fault.FaultState;
import cn.gov.zj.cloud.domain.fault.Severity;
import cn.gov.zj.cloud.privateportal.application.Applications;
import cn.gov.zj.cloud.privateportal.fault.Fault;
import cn.gov.zj.cloud.privateportal.fault.FaultFilter;
import cn.gov.zj.cloud.privateportal.fault.Faults;
import cn.gov.zj.cloud.privateportal.paging.Page;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
import cn.gov.zj.cloud.privateportal.web.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.primefaces.component.datatable.DataTable;

/**
 * Art. 13: the faults the actor may see, the soonest resolution due first, searched by title or
 * system name, filtered by state, severity, or to the overdue ones.
 */
@Named
@ViewScoped
public class FaultList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Faults faults;
  @Inject private Applications applications;
  @Inject private Clock clock;

  private FaultState state;
  private Severity severity;
  private boolean overdueOnly;
  private PagedModel<FaultRow> model;

  @PostConstruct
  void init() {
    model = new PagedModel<>(this::page, Faults.SORTABLE.keySet(), "resolutionDue", FaultRow::id);
  }

  private Page<FaultRow> page(PageRequest request) {
    Page<Fault> found = faults.list(new FaultFilter(state, severity, overdueOnly, null), request);
    Map<Long, String> names =
        applications.systemNames(found.items().stream().map(Fault::getSystemId).toList());
    Instant now = clock.instant();
    return new Page<>(
        found.items().stream()
            .map(fault -> FaultRow.of(fault, names.get(fault.getSystemId()), now))
            .toList(),
        found.page(),
        found.size(),
        found.total());
  }

  /** A filter changed: back to the first page. */
  public void filtered() {
    var table =
        FacesContext.getCurrentInstance().getViewRoot().findComponent("faults-form:faults-table");
    if (table instanceof DataTable dataTable) {
      dataTable.setFirst(0);
    }
  }

  public PagedModel<FaultRow> getModel() {
    return model;
  }

  public FaultState[] getStates() {
    return FaultState.values();
  }

  public Severity[] getSeverities() {
    return Severity.values();
  }

  public FaultState getState() {
    return state;
  }

  public void setState(FaultState state) {
    this.state = state;
  }

  public Severity getSeverity() {
    return severity;
  }

  public void setSeverity(Severity severity) {
    this.severity = severity;
  }

  public boolean isOverdueOnly() {
    return overdueOnly;
  }

  public void setOverdueOnly(boolean overdueOnly) {
    this.overdueOnly = overdueOnly;
  }
}
