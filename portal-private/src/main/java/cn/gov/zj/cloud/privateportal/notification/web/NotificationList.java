package cn.gov.zj.cloud.privateportal.notification.web;

import cn.gov.zj.cloud.privateportal.notification.NoticeText;
import cn.gov.zj.cloud.privateportal.notification.Notification;
import cn.gov.zj.cloud.privateportal.notification.Notifications;
import cn.gov.zj.cloud.privateportal.paging.Page;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import cn.gov.zj.cloud.privateportal.web.LocaleSelection;
import cn.gov.zj.cloud.privateportal.web.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/** Art. 8–12: the actor's notifications, newest first, in the page's language; unread first. */
@Named
@ViewScoped
public class NotificationList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Notifications notifications;
  @Inject private LocaleSelection locale;

  private PagedModel<Row> model;
  private boolean unreadOnly;

  /** One notification as shown. */
  public record Row(
      long id,
      String kind,
      Long applicationId,
      String message,
      Instant createdAt,
      boolean read,
      String link)
      implements Serializable {

    /** The page the notice opens: its application, or (Art. 20) the access grants. */
    public String target() {
      return applicationId == null ? "access" : "application?id=" + applicationId;
    }
  }

  @PostConstruct
  void init() {
    NotificationList self = this;
    model = new PagedModel<>(self::page, Notifications.SORTABLE.keySet(), "-createdAt", Row::id);
  }

  public PagedModel<Row> getModel() {
    return model;
  }

  public boolean isUnreadOnly() {
    return unreadOnly;
  }

  public void setUnreadOnly(boolean unreadOnly) {
    this.unreadOnly = unreadOnly;
  }

  public void markRead(long id) {
    FacesFeedback.attempt("notifications-form", () -> notifications.markRead(id));
  }

  /** Art. 8–12: every unread notification of the actor read, said with how many. */
  public void markAllRead() {
    FacesFeedback.attempt(
        "notifications-form",
        () -> FacesFeedback.info("notifications.allMarked", notifications.markAllRead()));
  }

  private Page<Row> page(PageRequest request) {
    Page<Notification> found = notifications.mine(unreadOnly, request);
    Set<Long> read = notifications.read(found.items().stream().map(Notification::getId).toList());
    return new Page<>(
        found.items().stream()
            .map(
                notice ->
                    new Row(
                        notice.getId(),
                        notice.getKind().name(),
                        notice.getApplicationId(),
                        NoticeText.render(
                            locale.getLocale(), notice.getMessageKey(), notice.getArguments()),
                        notice.getCreatedAt(),
                        read.contains(notice.getId()),
                        NoticeText.link(notice.getKind(), notice.getArguments())))
            .toList(),
        found.page(),
        found.size(),
        found.total());
  }
}
