package cn.gov.zj.cloud.privateportal.application.web;

import cn.gov.zj.cloud.privateportal.sheet.SheetWriter;
import cn.gov.zj.cloud.privateportal.sheet.SheetWriter.Column;
import java.text.MessageFormat;
import java.util.List;
import java.util.function.Function;

/**
 * Art. 6, 8–12: a list of applications (上云申请, 待办) as an XLSX sheet with the columns of the page:
 * number, system, state, step, due date (provisional marked) and the working days left or overdue;
 * headed in the page's language ({@code text} reads the UI bundle, {@code domain} the shared one).
 */
public final class ApplicationSheets {

  private ApplicationSheets() {}

  /** The sheet {@code sheetKey} (a UI bundle key, e.g. {@code nav.inbox}) of {@code rows}. */
  public static byte[] write(
      String sheetKey,
      List<ApplicationRow> rows,
      Function<String, String> text,
      Function<String, String> domain) {
    List<Column<ApplicationRow>> columns =
        List.of(
            new Column<>(text.apply("application.number"), ApplicationRow::getId),
            new Column<>(text.apply("system.name"), ApplicationRow::getSystemName),
            new Column<>(
                text.apply("application.state"), row -> domain.apply(row.getState().nameKey())),
            new Column<>(
                text.apply("application.step"),
                row ->
                    row.getDeadline() == null ? null : domain.apply(row.getDeadline().stepKey())),
            new Column<>(text.apply("application.dueDate"), row -> due(row, text)),
            new Column<>(text.apply("application.timeLeft"), row -> left(row, text)));
    return SheetWriter.write(text.apply(sheetKey), columns, rows);
  }

  private static String due(ApplicationRow row, Function<String, String> text) {
    Deadline deadline = row.getDeadline();
    if (deadline == null) {
      return null;
    }
    return deadline.dueDate()
        + (deadline.provisional() ? " " + text.apply("application.provisional") : "");
  }

  private static String left(ApplicationRow row, Function<String, String> text) {
    Deadline deadline = row.getDeadline();
    if (deadline == null) {
      return null;
    }
    return row.isOverdue()
        ? MessageFormat.format(text.apply("application.overdueDays"), deadline.overdueDays())
        : MessageFormat.format(text.apply("application.daysLeft"), deadline.workingDaysLeft());
  }
}
