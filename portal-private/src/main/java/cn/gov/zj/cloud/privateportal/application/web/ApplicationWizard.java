package cn.gov.zj.cloud.privateportal.application.web;

import cn.gov.zj.cloud.domain.application.Action;
import cn.gov.zj.cloud.domain.application.ActionInput;
import cn.gov.zj.cloud.domain.application.AttachmentKind;
import cn.gov.zj.cloud.domain.validation.FieldError;
import cn.gov.zj.cloud.domain.validation.InvalidInputException;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.application.ApplicationActions;
import cn.gov.zj.cloud.privateportal.application.Applications;
import cn.gov.zj.cloud.privateportal.application.Attachments;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
import cn.gov.zj.cloud.privateportal.registry.AppSystem;
import cn.gov.zj.cloud.privateportal.registry.Systems;
import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import cn.gov.zj.cloud.privateportal.web.PortalPage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Art. 7: the unit applicant's new application, step by step: one of the unit's systems, the
 * resource lines from the catalogue with the elastic range, then the materials (the draft is
 * created before files are attached), then a review and the submission. A bad step keeps what was
 * entered and says what to correct beside each field.
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
  private final ResourceLines lines = new ResourceLines();
  private Long applicationId;
  private final AttachmentUpload upload =
      new AttachmentUpload(
          List.of(
              AttachmentKind.CONSTRUCTION_PLAN,
              AttachmentKind.SELF_TEST_REPORT,
              AttachmentKind.OTHER));
  private List<AttachmentItem> uploaded = List.of();

  /** Art. 7: the systems of the applicant's unit, by name. */
  public List<AppSystem> getSystems() {
    return systems
        .list(
            PageRequest.parse(
                "0",
                String.valueOf(PageRequest.MAX_SIZE),
                "name",
                null,
                Systems.SORTABLE.keySet(),
                "name",
                new Violations()))
        .items();
  }

  /** From the system to the resources: a system must be chosen. */
  public void toResources() {
    if (systemId == null) {
      FacesFeedback.invalid(
          FORM,
          new InvalidInputException(List.of(FieldError.of("systemId", "validation.required"))));
      return;
    }
    step = RESOURCES;
  }

  /** Art. 7: the lines are checked and the draft is created, so that files can be attached. */
  public void toMaterials() {
    ApplicationFeedback.attempt(
        FORM,
        () -> {
          applicationId =
              applications
                  .open(systemId, lines.drafts(), lines.elastic(), new Violations())
                  .getId();
          step = MATERIALS;
        });
    if (!FacesContext.getCurrentInstance().getMessageList(FORM + ":system-id").isEmpty()) {
      step = SYSTEM;
    }
  }

  public void toReview() {
    step = REVIEW;
  }

  /** One step back; once the draft exists its system and resources stay as created. */
  public void back() {
    step = Math.max(applicationId == null ? SYSTEM : MATERIALS, step - 1);
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
      uploaded = attachments.of(applicationId).stream().map(AttachmentItem::of).toList();
    }
  }

  /** Art. 7, 8: the submission starts the acceptance deadline; then the application's page. */
  public void submit() {
    ApplicationFeedback.attempt(
        FORM,
        () -> {
          actions.fire(applicationId, Action.SUBMIT.restName(), ActionInput.NONE);
          FacesFeedback.redirectWith(
              "application.submitted", page.path("application?id=" + applicationId));
        });
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

  public AttachmentUpload getUpload() {
    return upload;
  }

  public List<AttachmentItem> getUploaded() {
    return uploaded;
  }
}
