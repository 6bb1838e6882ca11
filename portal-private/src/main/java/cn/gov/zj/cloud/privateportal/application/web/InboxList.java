package cn.gov.zj.cloud.privateportal.application.web;

import cn.gov.zj.cloud.domain.calendar.DueDate;
import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.privateportal.application.Applications;
import cn.gov.zj.cloud.privateportal.application.CloudApplication;
import cn.gov.zj.cloud.privateportal.calendar.WorkingCalendar;
import cn.gov.zj.cloud.privateportal.paging.Page;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
import cn.gov.zj.cloud.privateportal.web.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/**
 * Art. 6, 8–12: the inbox page: what waits for the actor, soonest due first (overdue ones first),
 * with the working days left on the official calendar.
 */
@Named
@ViewScoped
public class InboxList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Applications applications;
  @Inject private WorkingCalendar calendar;
  @Inject private Clock clock;

  private PagedModel<InboxRow> model;

  @PostConstruct
  void init() {
    InboxList self = this;
    model =
        new PagedModel<>(
            self::page,
            Applications.SORTABLE.keySet(),
            "dueDate",
            row -> row.application().getId());
  }

  public PagedModel<InboxRow> getModel() {
    return model;
  }

  private Page<InboxRow> page(PageRequest request) {
    Page<CloudApplication> found = applications.inbox(request);
    Map<Long, String> names =
        applications.systemNames(
            found.items().stream().map(CloudApplication::getSystemId).distinct().toList());
    OfficialCalendar official = calendar.current();
    LocalDate today = OfficialCalendar.dateOf(clock.instant());
    return new Page<>(
        found.items().stream()
            .map(
                application ->
                    new InboxRow(
                        application,
                        names.getOrDefault(application.getSystemId(), ""),
                        application.getDueDate() == null
                            ? null
                            : official.countdown(
                                new DueDate(application.getDueDate(), application.isProvisional()),
                                today)))
            .toList(),
        found.page(),
        found.size(),
        found.total());
  }
}
