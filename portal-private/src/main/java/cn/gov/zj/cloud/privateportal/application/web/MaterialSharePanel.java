package cn.gov.zj.cloud.privateportal.application.web;

import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.privateportal.access.MaterialAccess;
import cn.gov.zj.cloud.privateportal.application.MaterialShares;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Set;

/**
 * Art. 20: on the application page, the unit's staff share each of its materials with the provider
 * ("与供应商共享") or stop sharing it, after confirmation; the materials the provider's own tasks need
 * are not offered (it reads them anyway).
 */
@Named
@ViewScoped
public class MaterialSharePanel implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "shares-form";

  @Inject private MaterialShares shares;
  @Inject private CurrentActor actor;

  private transient Set<Long> shared;

  /** Whether the viewer decides what the unit shares (its staff). */
  public boolean isDecider() {
    return actor.get().hasAny(Role.UNIT_APPLICANT, Role.UNIT_SECURITY_OFFICER);
  }

  /** Whether {@code item} is shared with the provider now. */
  public boolean shared(long applicationId, AttachmentItem item) {
    if (shared == null) {
      shared = shares.sharedOf(applicationId);
    }
    return shared.contains(item.id());
  }

  /** Whether sharing {@code item} means anything: not a material of the provider's own tasks. */
  public boolean shareable(AttachmentItem item) {
    return MaterialAccess.PROVIDER_TASKS.stream()
        .noneMatch(kind -> kind.nameKey().equals(item.kindKey()));
  }

  /** Shares {@code item} or stops sharing it. */
  public void toggle(long applicationId, AttachmentItem item) {
    boolean share = !shared(applicationId, item);
    FacesFeedback.attempt(
        FORM,
        () -> {
          shares.share(applicationId, item.id(), share);
          FacesFeedback.info(share ? "share.started" : "share.stopped", item.fileName());
        });
    shared = null;
  }
}
