package cn.gov.zj.cloud.privateportal.application.web;

import cn.gov.zj.cloud.privateportal.application.Applications;
import cn.gov.zj.cloud.privateportal.paging.Page;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import cn.gov.zj.cloud.privateportal.web.PagedModel;
import cn.gov.zj.cloud.privateportal.web.SheetDownload;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.StreamedContent;

/**
 * Art. 6, 8–12: the inbox page: what waits for the actor, soonest due first (overdue ones first),
 * with the working days left on the official calendar.
 */
@Named
@ViewScoped
public class InboxList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Applications applications;
  @Inject private ApplicationDisplay display;

  private PagedModel<ApplicationRow> model;

  @PostConstruct
  void init() {
    model =
        new PagedModel<>(
            this::page, Applications.SORTABLE.keySet(), "dueDate", ApplicationRow::getId);
  }

  public PagedModel<ApplicationRow> getModel() {
    return model;
  }

  private Page<ApplicationRow> page(PageRequest request) {
    return display.rows(applications.inbox(request));
  }

  /** Art. 6, 8–12: every application of the list, as searched and filtered on the page, as XLSX. */
  public StreamedContent getExport() {
    return SheetDownload.of(
        "inbox.xlsx",
        ApplicationSheets.write(
            "nav.inbox", model.all(), FacesFeedback::text, FacesFeedback::domain));
  }
}
