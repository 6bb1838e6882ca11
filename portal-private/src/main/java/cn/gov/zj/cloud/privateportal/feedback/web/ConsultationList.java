package cn.gov.zj.cloud.privateportal.feedback.web;

import cn.gov.zj.cloud.privateportal.feedback.ConsultationDesk;
import cn.gov.zj.cloud.privateportal.feedback.ReceivedConsultation;
import cn.gov.zj.cloud.privateportal.rest.Conflict;
import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import cn.gov.zj.cloud.privateportal.web.PagedModel;
import cn.gov.zj.cloud.privateportal.web.SheetDownload;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Set;
import org.primefaces.model.StreamedContent;

/**
 * Art. 23: the consultations, complaints and suggestions received from the public portal, newest
 * first, unanswered ones by default; one at a time is opened and answered, the reply published to
 * the public portal.
 */
@Named
@ViewScoped
public class ConsultationList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ConsultationDesk desk;

  private PagedModel<ReceivedConsultation> model;
  private String status = "RECEIVED";
  private ReceivedConsultation selected;
  private String reply;
  private String contact;

  @PostConstruct
  void init() {
    ConsultationList self = this;
    model =
        new PagedModel<>(
            request -> self.desk.list(self.status, request),
            Set.of("submittedAt"),
            "-submittedAt",
            ReceivedConsultation::trackingNo);
  }

  public PagedModel<ReceivedConsultation> getModel() {
    return model;
  }

  /** Art. 23: every consultation of the list, as filtered and searched on the page, as XLSX. */
  public StreamedContent getExport() {
    return SheetDownload.of(
        "consultations.xlsx",
        FeedbackSheets.consultations(model.all(), FacesFeedback::text, FacesFeedback::domain));
  }

  /** Opens one for answering. */
  public void open(String trackingNo) {
    FacesFeedback.attempt(
        "consultations-form",
        () -> {
          selected = desk.get(trackingNo);
          reply = selected.reply().orElse("");
          contact = null;
        });
  }

  /** Stores and publishes the reply. */
  public void answer() {
    FacesFeedback.attempt(
        "answer-form",
        () -> {
          selected = desk.answer(selected.trackingNo(), reply);
          FacesFeedback.info("consultations.answered");
        });
  }

  /**
   * Art. 23: shows the submitter's contact to call back, after the staff member confirmed; audited.
   */
  public void revealContact() {
    FacesFeedback.attempt(
        "answer-form",
        () -> {
          try {
            contact = desk.revealContact(selected.trackingNo());
            FacesFeedback.info("consultations.contactRevealed");
          } catch (Conflict e) {
            FacesFeedback.error(
                e.messageKey().endsWith("none")
                    ? "consultations.contactNone"
                    : "consultations.contactUnreachable");
          }
        });
  }

  public void close() {
    selected = null;
    reply = null;
    contact = null;
  }

  /** The revealed contact of the open consultation; null until revealed. */
  public String getContact() {
    return contact;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status == null || status.isBlank() ? null : status;
  }

  /** The states to filter by. */
  public java.util.List<String> getStates() {
    return java.util.List.of("RECEIVED", "ANSWERED");
  }

  public ReceivedConsultation getSelected() {
    return selected;
  }

  public String getReply() {
    return reply;
  }

  public void setReply(String reply) {
    this.reply = reply;
  }
}
