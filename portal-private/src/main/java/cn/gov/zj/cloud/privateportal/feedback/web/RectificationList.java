package cn.gov.zj.cloud.privateportal.feedback.web;

import cn.gov.zj.cloud.domain.validation.InvalidInputException;
import cn.gov.zj.cloud.privateportal.feedback.RectificationItem;
import cn.gov.zj.cloud.privateportal.feedback.Rectifications;
import cn.gov.zj.cloud.privateportal.time.Clocks;
import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import cn.gov.zj.cloud.privateportal.web.PagedModel;
import cn.gov.zj.cloud.privateportal.web.SheetDownload;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;
import org.primefaces.model.StreamedContent;

/**
 * Art. 23 (差评整改): the rectification items of DISSATISFIED ratings the actor answers or oversees,
 * open ones first, soonest report due first; late steps marked in words and in red. The call back
 * and the report are written here and shown to the rater on the public portal.
 */
@Named
@ViewScoped
public class RectificationList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Rectifications rectifications;

  private PagedModel<RectificationItem> model;
  private boolean openOnly = true;
  private Long selectedId;
  private String text;

  @PostConstruct
  void init() {
    RectificationList self = this;
    model =
        new PagedModel<>(
            request -> self.rectifications.list(self.openOnly, request),
            Set.of("due"),
            "due",
            RectificationItem::id);
  }

  public PagedModel<RectificationItem> getModel() {
    return model;
  }

  /** Art. 23: every item of the list (open ones only when so filtered) as XLSX. */
  public StreamedContent getExport() {
    return SheetDownload.of(
        "rectifications.xlsx",
        FeedbackSheets.rectifications(model.all(), getToday(), FacesFeedback::text));
  }

  public void select(long id) {
    selectedId = id;
    text = null;
  }

  public void callBack() {
    respond(() -> rectifications.callBack(selectedId, text), "rectifications.calledBack");
  }

  public void report() {
    respond(() -> rectifications.report(selectedId, text), "rectifications.reported");
  }

  /** Runs one response; a refused text is shown beside the one text area. */
  private void respond(Runnable response, String doneKey) {
    FacesFeedback.attempt(
        "respond-form",
        () -> {
          try {
            response.run();
            done(doneKey);
          } catch (InvalidInputException e) {
            FacesFeedback.invalid(e, field -> "respond-form:text");
          }
        });
  }

  private void done(String key) {
    FacesFeedback.info(key);
    selectedId = null;
    text = null;
  }

  public boolean isOpenOnly() {
    return openOnly;
  }

  public void setOpenOnly(boolean openOnly) {
    this.openOnly = openOnly;
  }

  public Long getSelectedId() {
    return selectedId;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  /** Today in Beijing, to mark late steps. */
  public LocalDate getToday() {
    return LocalDate.now(Clocks.ZONE);
  }
}
