package cn.gov.zj.cloud.privateportal.application.web;

import cn.gov.zj.cloud.domain.application.Action;
import cn.gov.zj.cloud.domain.application.Lifecycle;
import cn.gov.zj.cloud.domain.application.ResourcePlan;
import cn.gov.zj.cloud.privateportal.application.ApplicationActions;
import cn.gov.zj.cloud.privateportal.application.Applications;
import cn.gov.zj.cloud.privateportal.application.Attachments;
import cn.gov.zj.cloud.privateportal.application.CloudApplication;
import cn.gov.zj.cloud.privateportal.application.MaterialCheck;
import cn.gov.zj.cloud.privateportal.application.PlanJson;
import cn.gov.zj.cloud.privateportal.security.AccessDenied;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import cn.gov.zj.cloud.privateportal.tenant.NotFound;
import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Art. 6–12: one application as its page shows it: state, the running step with its due date,
 * working days left and rule in force, the resources asked, approved, allocated and pending, the
 * trial, the attachments, the timeline of its history, and the actions the viewer may fire now.
 * What the viewer may not see is a 404.
 */
@Named
@ViewScoped
public class ApplicationView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Applications applications;
  @Inject private Attachments attachments;
  @Inject private ApplicationDisplay display;
  @Inject private CurrentActor actor;
  @Inject private ApplicationActions actions;

  private Long id;

  /** Read once per request that needs them; {@link #refresh()} after a change. */
  private transient CloudApplication application;

  private transient List<AttachmentItem> files;
  private transient List<TimelineEntry> timeline;
  private transient Map<Action, List<MaterialCheck>> checklists;

  /** Loads the application; false, having answered 404, when the viewer may not see it. */
  public boolean load() {
    try {
      if (id == null) {
        throw new NotFound("application", "none");
      }
      getApplication();
      return true;
    } catch (NotFound | AccessDenied e) {
      FacesFeedback.sendError(404);
      return false;
    }
  }

  /** Reads the application again, e.g. after an upload. */
  public void refresh() {
    application = null;
    files = null;
    timeline = null;
    checklists = null;
  }

  /** Art. 7, 9, 11, 12: the materials checklist of {@code action} now. */
  public List<MaterialCheck> checklist(Action action) {
    if (checklists == null) {
      checklists = new EnumMap<>(Action.class);
    }
    return checklists.computeIfAbsent(action, a -> actions.checklist(id, a));
  }

  public CloudApplication getApplication() {
    if (application == null && id != null) {
      application = applications.get(id);
    }
    return application;
  }

  public String getSystemName() {
    return display.systemName(getApplication().getSystemId());
  }

  public String getUnitName() {
    return display.unitName(getApplication().getUnitId());
  }

  /** Art. 8–12: the running step's deadline, or null. */
  public Deadline getDeadline() {
    return display.deadline(getApplication());
  }

  /** Art. 7: the resources asked for. */
  public PlanView getAsked() {
    return PlanView.of(PlanJson.asked(getApplication()));
  }

  /** Art. 8: the resources approved. */
  public PlanView getApproved() {
    return PlanView.of(PlanJson.read(getApplication().getApprovedPlan()));
  }

  /** Art. 10, 11: the resources allocated at activation or by the last change. */
  public PlanView getAllocated() {
    return PlanView.of(PlanJson.read(getApplication().getAllocatedPlan()));
  }

  /** Art. 11: the change waiting for approval or execution. */
  public PlanView getPending() {
    return PlanView.of(PlanJson.read(getApplication().getPendingPlan()));
  }

  /**
   * Art. 8, 10, 11: the resources an action's lines start from: for the approval those asked,
   * otherwise the current ones.
   */
  ResourcePlan planBefore(Action action) {
    return action == Action.APPROVE ? PlanJson.asked(getApplication()) : currentPlan();
  }

  /** Art. 11: what a change starts from: the allocation, or before activation the approval. */
  ResourcePlan currentPlan() {
    CloudApplication current = getApplication();
    return PlanJson.read(
        current.getAllocatedPlan() != null
            ? current.getAllocatedPlan()
            : current.getApprovedPlan());
  }

  public List<AttachmentItem> getAttachments() {
    if (files == null) {
      files = attachments.of(id).stream().map(AttachmentItem::of).toList();
    }
    return files;
  }

  /** Art. 6: the history, oldest first. */
  public List<TimelineEntry> getTimeline() {
    if (timeline == null) {
      Map<Long, String> names =
          getAttachments().stream()
              .collect(Collectors.toMap(AttachmentItem::id, AttachmentItem::fileName));
      timeline =
          applications.history(id).stream().map(event -> TimelineEntry.of(event, names)).toList();
    }
    return timeline;
  }

  /** Art. 6–12: the buttons: what the viewer's roles may fire in the current state. */
  public List<Action> getAllowedActions() {
    return Lifecycle.allowed(getApplication().getState(), actor.get().roles());
  }

  /** Art. 7, 9, 11, 12: the unit applicant may add files while the application is not closed. */
  public boolean isUploadOpen() {
    return actor.get().has(cn.gov.zj.cloud.domain.security.Role.UNIT_APPLICANT)
        && !getApplication().getState().isTerminal();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
