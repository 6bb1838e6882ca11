package cn.gov.zj.cloud.privateportal.application.web;

import cn.gov.zj.cloud.domain.application.Action;
import cn.gov.zj.cloud.domain.application.ActionInput;
import cn.gov.zj.cloud.domain.application.ApplicationState;
import cn.gov.zj.cloud.domain.validation.FieldError;
import cn.gov.zj.cloud.domain.validation.InvalidInputException;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.application.ApplicationActions;
import cn.gov.zj.cloud.privateportal.application.Applications;
import cn.gov.zj.cloud.privateportal.application.Attachments;
import cn.gov.zj.cloud.privateportal.application.CloudApplication;
import cn.gov.zj.cloud.privateportal.application.MaterialCheck;
import cn.gov.zj.cloud.privateportal.application.PlanJson;
import cn.gov.zj.cloud.privateportal.registry.AppSystem;
import cn.gov.zj.cloud.privateportal.registry.Systems;
import cn.gov.zj.cloud.privateportal.security.AccessDenied;
import cn.gov.zj.cloud.privateportal.tenant.NotFound;
import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import cn.gov.zj.cloud.privateportal.web.PortalPage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * Art. 7: the unit applicant's application, step by step: one of the unit's systems (refused at
 * once, with a link, when it already has an open application), the resource lines from the
 * catalogue with the elastic range, then the materials with their checklist (the draft is created
 * before files are attached; the step is not left while a required material is missing), then a
 * review and the submission. A draft is resumed ({@code ?draft=<id>}) and its system and lines
 * revised. A bad step keeps what was entered and says what to correct beside each field.
 */
@Named
@ViewScoped
public class ApplicationWizard implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The steps, in order: their index is the p:steps index. */
  public static final int SYSTEM = 0;

  public static final int RESOURCES = 1;
  public static final int MATERIALS = 2;
  public static final int REVIEW = 3;

  private static final String FORM = "wizard-form";
  private static final String UPLOAD_FORM = "upload-form";

  @Inject private Systems systems;
  @Inject private Applications applications;
  @Inject private Attachments attachments;
  @Inject private ApplicationActions actions;
  @Inject private PortalPage page;

  private int step = SYSTEM;
  private Long systemId;
  private ResourceLines lines = new ResourceLines();
  private Long applicationId;
  private Long draft;
  private Long openApplicationId;
  private final AttachmentUpload upload =
      new AttachmentUpload(List.copyOf(Action.SUBMIT.input().uploadable()));
  private List<AttachmentItem> uploaded = List.of();
  private List<MaterialCheck> checklist = List.of();

  /** Art. 7: resumes the draft of {@code ?draft=}, at its materials; 404 when not a own draft. */
  public void load() {
    if (draft == null || applicationId != null) {
      return;
    }
    try {
      CloudApplication found = applications.get(draft);
      if (found.getState() != ApplicationState.DRAFT) {
        throw new NotFound("draft", draft);
      }
      applicationId = found.getId();
      systemId = found.getSystemId();
      lines = ResourceLines.of(PlanJson.asked(found));
      step = MATERIALS;
      refreshMaterials();
    } catch (NotFound | AccessDenied e) {
      FacesFeedback.sendError(404);
    }
  }

  /** Art. 7: the systems of the applicant's unit that take applications (not retired), by name. */
  public List<AppSystem> getSystems() {
    return systems.applicable();
  }

  /**
   * From the system to the resources: a system must be chosen, without an open application other
   * than this draft (else a link to that one).
   */
  public void toResources() {
    openApplicationId = null;
    if (systemId == null) {
      refuseSystem("validation.required");
      return;
    }
    Optional<Long> open = applications.openApplicationOf(systemId);
    if (open.isPresent() && !open.get().equals(applicationId)) {
      openApplicationId = open.get();
      refuseSystem("application.system.hasOpen");
      return;
    }
    step = RESOURCES;
  }

  private static void refuseSystem(String key) {
    FacesFeedback.invalid(FORM, new InvalidInputException(List.of(FieldError.of("systemId", key))));
  }

  /**
   * Art. 7: the lines are checked and the draft is created (or revised), so that files can be
   * attached.
   */
  public void toMaterials() {
    ApplicationFeedback.attempt(
        FORM,
        () -> {
          applicationId =
              applicationId == null
                  ? applications
                      .open(systemId, lines.drafts(), lines.elastic(), new Violations())
                      .getId()
                  : applications
                      .revise(
                          applicationId,
                          systemId,
                          lines.drafts(),
                          lines.elastic(),
                          new Violations())
                      .getId();
          step = MATERIALS;
          refreshMaterials();
        });
    if (!FacesContext.getCurrentInstance().getMessageList(FORM + ":system-id").isEmpty()) {
      step = SYSTEM;
    }
  }

  /** Art. 7: on to the review only when the submission would not be refused for its materials. */
  public void toReview() {
    refreshMaterials();
    ApplicationFeedback.attempt(
        FORM,
        () -> {
          actions.check(applicationId, Action.SUBMIT, ActionInput.NONE);
          step = REVIEW;
        });
  }

  /** One step back; the draft's system and lines stay editable until it is submitted. */
  public void back() {
    step = Math.max(SYSTEM, step - 1);
  }

  public void addLine() {
    lines.add();
  }

  public void removeLine(int index) {
    lines.remove(index);
  }

  /** Art. 7: the construction plan, the self-test report or other materials, one file at a time. */
  public void uploadFile() {
    if (upload.send(attachments, applicationId, UPLOAD_FORM)) {
      refreshMaterials();
    }
  }

  private void refreshMaterials() {
    uploaded = attachments.of(applicationId).stream().map(AttachmentItem::of).toList();
    checklist = actions.checklist(applicationId, Action.SUBMIT);
  }

  /** Art. 7, 8: the submission starts the acceptance deadline; then the application's page. */
  public void submit() {
    ApplicationFeedback.attempt(
        FORM,
        () -> {
          CloudApplication done =
              actions.fire(applicationId, Action.SUBMIT.restName(), ActionInput.NONE);
          ApplicationFeedback.firedAndRedirect(
              Action.SUBMIT, done, page.path("application?id=" + applicationId));
        });
    refreshMaterials();
  }

  public String getSystemName() {
    return getSystems().stream()
        .filter(system -> system.getId().equals(systemId))
        .map(AppSystem::getName)
        .findFirst()
        .orElse("");
  }

  public int getStep() {
    return step;
  }

  public Long getSystemId() {
    return systemId;
  }

  public void setSystemId(Long systemId) {
    this.systemId = systemId;
  }

  public ResourceLines getLines() {
    return lines;
  }

  public Long getApplicationId() {
    return applicationId;
  }

  /** The resumed draft's id ({@code ?draft=}). */
  public Long getDraft() {
    return draft;
  }

  public void setDraft(Long draft) {
    this.draft = draft;
  }

  /** Art. 7: the system's open application, when step 1 refused the system for it. */
  public Long getOpenApplicationId() {
    return openApplicationId;
  }

  public AttachmentUpload getUpload() {
    return upload;
  }

  public List<AttachmentItem> getUploaded() {
    return uploaded;
  }

  /** Art. 7: the submission's materials, each done or missing. */
  public List<MaterialCheck> getChecklist() {
    return checklist;
  }
}
