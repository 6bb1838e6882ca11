package cn.gov.zj.cloud.privateportal.fault.web;

import cn.gov.zj.cloud.domain.calendar.BeijingTime;
import cn.gov.zj.cloud.domain.fault.Severity;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.fault.Fault;
import cn.gov.zj.cloud.privateportal.fault.Faults;
import cn.gov.zj.cloud.privateportal.registry.AppSystem;
import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import cn.gov.zj.cloud.privateportal.web.PortalPage;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Art. 13: a unit's staff member reports a fault of one of the unit's systems in production; each
 * bad input is named beside its field, and the new fault's page shows its clocks.
 */
@Named
@ViewScoped
public class FaultReportForm implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "report-form";

  @Inject private Faults faults;
  @Inject private PortalPage page;
  @Inject private FaultPages pages;

  private List<AppSystem> systems;
  private Long systemId;
  private Severity severity;
  private String title;
  private String description;

  @PostConstruct
  void init() {
    systems = pages.isReporter() ? faults.reportable() : List.of();
  }

  /** Art. 13: stores the report and opens the fault's page, saying when the response is due. */
  public void report() {
    FacesFeedback.attempt(
        FORM,
        () -> {
          Fault fault = faults.report(systemId, severity, title, description, new Violations());
          FacesFeedback.redirectWith(
              "faults.reported",
              page.path("fault") + "?id=" + fault.getId(),
              fault.getId().toString(),
              BeijingTime.minutes(fault.getResponseDue()));
        });
  }

  public List<AppSystem> getSystems() {
    return systems;
  }

  public Severity[] getSeverities() {
    return Severity.values();
  }

  public Long getSystemId() {
    return systemId;
  }

  public void setSystemId(Long systemId) {
    this.systemId = systemId;
  }

  public Severity getSeverity() {
    return severity;
  }

  public void setSeverity(Severity severity) {
    this.severity = severity;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}
