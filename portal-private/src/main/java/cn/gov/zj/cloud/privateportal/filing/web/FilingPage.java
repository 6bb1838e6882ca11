package cn.gov.zj.cloud.privateportal.filing.web;

import cn.gov.zj.cloud.domain.filing.FilingAction;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.filing.FilingDecisions;
import cn.gov.zj.cloud.privateportal.filing.FilingEvent;
import cn.gov.zj.cloud.privateportal.filing.FilingReviews;
import cn.gov.zj.cloud.privateportal.filing.Filings;
import cn.gov.zj.cloud.privateportal.filing.PlatformFiling;
import cn.gov.zj.cloud.privateportal.tenant.NotFound;
import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import cn.gov.zj.cloud.privateportal.web.PortalPage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Art. 5: one filing: the plan, its document, the decision and the history; the province-admin
 * accepts or returns it with an opinion (confirmed first), the city corrects a returned one and
 * files it again.
 */
@Named
@ViewScoped
public class FilingPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String DECISION_FORM = "decision-form";
  private static final String CORRECTION_FORM = "correction-form";

  @Inject private Filings filings;
  @Inject private FilingReviews reviews;
  @Inject private FilingDecisions decisions;
  @Inject private PortalPage page;

  private Long id;
  private PlatformFiling filing;
  private List<FilingEvent> history;
  private PlanFields correction;
  private String opinion;

  /** Loads the filing of {@code ?id=}; 404 for one the actor may not see. */
  public void load() {
    if (id == null) {
      FacesFeedback.sendError(404);
      return;
    }
    try {
      boolean province = page.isProvinceAdmin();
      filing = province ? reviews.get(id) : filings.get(id);
      history = province ? reviews.history(id) : filings.history(id);
      correction = PlanFields.of(filing);
    } catch (NotFound e) {
      FacesFeedback.sendError(404);
    }
  }

  /** Art. 5: the province accepts. */
  public void accept() {
    decide(FilingAction.ACCEPT);
  }

  /** Art. 5: the province returns the filing for correction. */
  public void giveBack() {
    decide(FilingAction.RETURN);
  }

  private void decide(FilingAction action) {
    FacesFeedback.attempt(
        DECISION_FORM,
        () -> {
          decisions.decide(id, action.restName(), opinion);
          FacesFeedback.redirectWith("filings.decided", self());
        });
  }

  /** Art. 5: the city files the corrected plan again (a new document optional). */
  public void resubmit() {
    correction.send(
        CORRECTION_FORM,
        (draft, name, document) -> {
          filings.resubmit(id, draft, name, document, new Violations());
          FacesFeedback.redirectWith("filings.resubmitted", self());
        });
  }

  /** Art. 5: the plan document, audited by the service before it is sent. */
  public StreamedContent getPlan() {
    Filings.Download download = page.isProvinceAdmin() ? decisions.plan(id) : filings.plan(id);
    try {
      byte[] content = Files.readAllBytes(download.file());
      return DefaultStreamedContent.builder()
          .name(download.filing().getPlanFileName())
          .contentType(download.filing().getPlanType())
          .contentLength((long) content.length)
          .stream(() -> new java.io.ByteArrayInputStream(content))
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether the actor may fire {@code action} (its REST name) now: the buttons shown. */
  public boolean can(String action) {
    return filing != null
        && Filings.available(page.getActor(), filing).stream()
            .anyMatch(a -> a.restName().equals(action));
  }

  private String self() {
    return page.path("filing") + "?id=" + id;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public PlatformFiling getFiling() {
    return filing;
  }

  public List<FilingEvent> getHistory() {
    return history;
  }

  public PlanFields getCorrection() {
    return correction;
  }

  public String getOpinion() {
    return opinion;
  }

  public void setOpinion(String opinion) {
    this.opinion = opinion;
  }
}
