package cn.gov.zj.cloud.privateportal.bulletin.web;

import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.privateportal.bulletin.BulletinView;
import cn.gov.zj.cloud.privateportal.bulletin.Bulletins;
import cn.gov.zj.cloud.privateportal.bulletin.ReadReceipt;
import cn.gov.zj.cloud.privateportal.rest.Conflict;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import cn.gov.zj.cloud.privateportal.securityfile.SecurityFileOwner;
import cn.gov.zj.cloud.privateportal.securityfile.SecurityFiles;
import cn.gov.zj.cloud.privateportal.securityfile.web.SecurityFilesPanel;
import cn.gov.zj.cloud.privateportal.tenant.NotFound;
import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import cn.gov.zj.cloud.privateportal.web.PagedModel;
import cn.gov.zj.cloud.privateportal.web.PortalPage;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * Art. 19: 安全通报: the monthly bulletins (published here by the provider), one bulletin (opening it
 * as a unit's staff marks it read) with its read receipts for the provider and the department.
 */
@Named
@ViewScoped
public class BulletinPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Bulletins bulletins;
  @Inject private SecurityFiles securityFiles;
  @Inject private CurrentActor actor;
  @Inject private PortalPage page;

  private PagedModel<BulletinView> model;
  private Long id;
  private BulletinView bulletin;
  private SecurityFilesPanel files;
  private List<ReadReceipt> receipts = List.of();
  private String month;
  private String title;
  private String body;

  @PostConstruct
  void init() {
    BulletinPage self = this;
    model =
        new PagedModel<>(
            request -> self.bulletins.list(request), Set.of("month"), "-month", BulletinView::id);
  }

  /** The bulletin page: opens it (a unit's staff leave their receipt), or 404. */
  public void load() {
    if (id == null) {
      FacesFeedback.sendError(404);
      return;
    }
    try {
      bulletin = bulletins.open(id);
      if (isReceiptReader()) {
        receipts = bulletins.receipts(id);
      }
    } catch (NotFound e) {
      FacesFeedback.sendError(404);
    }
  }

  public void publish() {
    FacesFeedback.attempt(
        "publish-form",
        () -> {
          try {
            BulletinView published = bulletins.publish(month, title, body);
            FacesFeedback.redirectWith(
                "bulletin.published", page.path("bulletin?id=" + published.id()), month);
          } catch (Conflict e) {
            FacesFeedback.error("bulletin.taken");
          }
        });
  }

  public boolean isPublisher() {
    return actor.get().has(Role.PROVIDER_OPERATOR);
  }

  public boolean isReceiptReader() {
    return actor
        .get()
        .hasAny(Role.PROVIDER_OPERATOR, Role.REVIEWER, Role.SECURITY_SUPERVISOR, Role.TENANT_ADMIN);
  }

  public PagedModel<BulletinView> getModel() {
    return model;
  }

  /** Art. 19: the bulletin's attachments; the provider uploads them. */
  public SecurityFilesPanel getFiles() {
    if (files == null && bulletin != null) {
      files =
          new SecurityFilesPanel(
              securityFiles, SecurityFileOwner.BULLETIN, bulletin.id(), isPublisher());
    }
    return files;
  }

  public BulletinView getBulletin() {
    return bulletin;
  }

  public List<ReadReceipt> getReceipts() {
    return receipts;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getMonth() {
    return month;
  }

  public void setMonth(String month) {
    this.month = month;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }
}
