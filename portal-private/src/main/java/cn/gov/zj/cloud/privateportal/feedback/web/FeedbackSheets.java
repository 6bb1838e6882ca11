package cn.gov.zj.cloud.privateportal.feedback.web;

import cn.gov.zj.cloud.privateportal.feedback.ReceivedConsultation;
import cn.gov.zj.cloud.privateportal.feedback.RectificationItem;
import cn.gov.zj.cloud.privateportal.sheet.SheetWriter;
import cn.gov.zj.cloud.privateportal.sheet.SheetWriter.Column;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * Art. 23: the consultations and the rectification items as XLSX sheets, as their pages list them
 * (times in Beijing time, the contact never: it stays masked on the page and out of the file);
 * headed in the page's language ({@code text}: UI bundle, {@code domain}: shared bundle).
 */
public final class FeedbackSheets {

  private FeedbackSheets() {}

  /** Art. 23: consultations, complaints and suggestions with their replies. */
  public static byte[] consultations(
      List<ReceivedConsultation> rows,
      Function<String, String> text,
      Function<String, String> domain) {
    List<Column<ReceivedConsultation>> columns =
        List.of(
            new Column<>(text.apply("consultations.trackingNo"), ReceivedConsultation::trackingNo),
            new Column<>(
                text.apply("consultations.category"),
                row -> domain.apply("feedback.category." + row.category().name())),
            new Column<>(text.apply("consultations.subject"), ReceivedConsultation::subject),
            new Column<>(text.apply("consultations.content"), ReceivedConsultation::content),
            new Column<>(
                text.apply("consultations.submittedAt"), ReceivedConsultation::submittedAt),
            new Column<>(
                text.apply("consultations.status"),
                row -> text.apply("consultations.status." + row.status())),
            new Column<>(text.apply("consultations.replyText"), ReceivedConsultation::reply),
            new Column<>(text.apply("consultations.repliedAt"), ReceivedConsultation::repliedAt));
    return SheetWriter.write(text.apply("nav.consultations"), columns, rows);
  }

  /** Art. 23 (差评整改): the items with their due dates, late ones marked as on {@code today}. */
  public static byte[] rectifications(
      List<RectificationItem> rows, LocalDate today, Function<String, String> text) {
    List<Column<RectificationItem>> columns =
        List.of(
            new Column<>(
                text.apply("rectifications.kind"),
                row -> text.apply("rectifications.kind." + row.ratingKind())),
            new Column<>(text.apply("rectifications.comment"), RectificationItem::comment),
            new Column<>(text.apply("rectifications.ratedAt"), RectificationItem::ratedAt),
            new Column<>(
                text.apply("rectifications.callbackDue"),
                row -> late(row.callbackDue(), row.callbackOverdue(today), text)),
            new Column<>(
                text.apply("rectifications.callbackNote"), RectificationItem::callbackNote),
            new Column<>(
                text.apply("rectifications.reportDue"),
                row -> late(row.reportDue(), row.reportOverdue(today), text)),
            new Column<>(text.apply("rectifications.reportText"), RectificationItem::report));
    return SheetWriter.write(text.apply("nav.rectifications"), columns, rows);
  }

  private static String late(LocalDate due, boolean late, Function<String, String> text) {
    return due + (late ? " " + text.apply("rectifications.late") : "");
  }
}
