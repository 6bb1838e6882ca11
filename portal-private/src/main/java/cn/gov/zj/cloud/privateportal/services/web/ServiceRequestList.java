package cn.gov.zj.cloud.privateportal.services.web;

import cn.gov.zj.cloud.domain.services.ServiceKind;
import cn.gov.zj.cloud.domain.services.ServiceState;
import cn.gov.zj.cloud.privateportal.services.ServiceItem;
import cn.gov.zj.cloud.privateportal.services.ServiceRequests;
import cn.gov.zj.cloud.privateportal.web.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * Art. 14 (服务请求): the service requests the actor sees, open ones first, soonest response due first;
 * filtered by kind, state and overdue, searched by subject or system.
 */
@Named
@ViewScoped
public class ServiceRequestList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ServiceRequests requests;
  @Inject private Clock clock;

  private PagedModel<ServiceItem> model;
  private ServiceKind kind;
  private ServiceState state;
  private boolean overdueOnly;

  @PostConstruct
  void init() {
    ServiceRequestList self = this;
    model =
        new PagedModel<>(
            request ->
                self.requests.list(
                    new ServiceRequests.Filter(self.kind, self.state, self.overdueOnly), request),
            Set.of("responseDue"),
            "responseDue",
            ServiceItem::id);
  }

  public PagedModel<ServiceItem> getModel() {
    return model;
  }

  public List<ServiceKind> getKinds() {
    return List.of(ServiceKind.values());
  }

  public List<ServiceState> getStates() {
    return List.of(ServiceState.values());
  }

  /** Art. 14: unanswered past its response due, now. */
  public boolean overdue(ServiceItem item) {
    return item.overdueAt(clock.instant());
  }

  public ServiceKind getKind() {
    return kind;
  }

  public void setKind(ServiceKind kind) {
    this.kind = kind;
  }

  public ServiceState getState() {
    return state;
  }

  public void setState(ServiceState state) {
    this.state = state;
  }

  public boolean isOverdueOnly() {
    return overdueOnly;
  }

  public void setOverdueOnly(boolean overdueOnly) {
    this.overdueOnly = overdueOnly;
  }
}
