package cn.gov.zj.cloud.privateportal.notification.web;

import cn.gov.zj.cloud.privateportal.sheet.SheetWriter;
import cn.gov.zj.cloud.privateportal.sheet.SheetWriter.Column;
import java.util.List;
import java.util.function.Function;

/**
 * Art. 8–12: the actor's notifications as an XLSX sheet, as the page lists them (time in Beijing
 * time, kind, application, text in the page's language, read or not, the rating link).
 */
public final class NotificationSheets {

  private NotificationSheets() {}

  /** The sheet of {@code rows}; {@code text} reads the UI bundle in the page's language. */
  public static byte[] write(List<NotificationList.Row> rows, Function<String, String> text) {
    List<Column<NotificationList.Row>> columns =
        List.of(
            new Column<>(text.apply("notifications.when"), NotificationList.Row::createdAt),
            new Column<>(
                text.apply("notifications.kind"),
                row -> text.apply("notifications.kind." + row.kind())),
            new Column<>(text.apply("application.number"), NotificationList.Row::applicationId),
            new Column<>(text.apply("notifications.message"), NotificationList.Row::message),
            new Column<>(
                text.apply("notifications.read"),
                row -> text.apply(row.read() ? "notifications.isRead" : "notifications.isUnread")),
            new Column<>(text.apply("notifications.rate"), NotificationList.Row::link));
    return SheetWriter.write(text.apply("nav.notifications"), columns, rows);
  }
}
