package cn.gov.zj.cloud.privateportal.services.web;

import cn.gov.zj.cloud.domain.services.ServiceKind;
import cn.gov.zj.cloud.privateportal.services.ServiceItem;
import cn.gov.zj.cloud.privateportal.services.ServiceRequests;
import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import cn.gov.zj.cloud.privateportal.web.PortalPage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** Art. 14: a unit's request for consulting or migration help on one of its systems. */
@Named
@ViewScoped
public class ServiceRequestForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ServiceRequests requests;
  @Inject private PortalPage page;

  private Long systemId;
  private ServiceKind kind = ServiceKind.CONSULTING;
  private String subject;
  private String description;
  private List<Map.Entry<Long, String>> systems;

  /** The unit's systems a request may concern. */
  public List<Map.Entry<Long, String>> getSystems() {
    if (systems == null) {
      systems = requests.systemsOfMyUnit();
    }
    return systems;
  }

  public List<ServiceKind> getKinds() {
    return List.of(ServiceKind.values());
  }

  /** Stores the request and opens its page; bad fields are named beside their inputs. */
  public void submit() {
    FacesFeedback.attempt(
        "request-form",
        () -> {
          ServiceItem item = requests.open(systemId, kind, subject, description);
          FacesFeedback.redirectWith(
              "services.request.sent", page.path("service-request") + "?id=" + item.id());
        });
  }

  public Long getSystemId() {
    return systemId;
  }

  public void setSystemId(Long systemId) {
    this.systemId = systemId;
  }

  public ServiceKind getKind() {
    return kind;
  }

  public void setKind(ServiceKind kind) {
    this.kind = kind;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}
