package cn.gov.zj.cloud.privateportal.inspection;

import cn.gov.zj.cloud.domain.i18n.Messages;
import cn.gov.zj.cloud.privateportal.sheet.SheetWriter;
import cn.gov.zj.cloud.privateportal.sheet.SheetWriter.Column;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;

/**
 * Art. 17: an inspection's report as XLSX: each finding with its unit and system, severity, state,
 * rectification due date and who recorded it when, in the reader's language (Chinese by default).
 * The PDF form is not made yet.
 */
@ApplicationScoped
public class InspectionReport {

  @Inject private Inspections inspections;
  @Inject private Findings findings;

  /** The report of inspection {@code id} as the actor sees it (a unit: its own findings). */
  public byte[] xlsx(long id, Locale locale) {
    inspections.get(id); // 404 when the actor does not see it
    List<FindingView> rows =
        SheetWriter.all(
            request -> findings.list(new Findings.Filter(id, null, false), request), "due", null);
    List<Column<FindingView>> columns =
        List.of(
            column(locale, "id", FindingView::id),
            column(locale, "unit", FindingView::unitName),
            column(locale, "system", FindingView::systemName),
            column(locale, "severity", f -> Messages.get(locale, f.severity().nameKey())),
            column(locale, "description", FindingView::description),
            column(locale, "reference", FindingView::reference),
            column(locale, "state", f -> Messages.get(locale, f.state().nameKey())),
            column(locale, "due", f -> f.rectificationDue().date()),
            column(locale, "recordedBy", FindingView::recordedBy),
            column(locale, "recordedAt", FindingView::recordedAt));
    // the title may hold what a sheet name may not ([ ] : * ? / \, more than 31 characters)
    return SheetWriter.write(Messages.get(locale, "inspection.report.sheet"), columns, rows);
  }

  private static Column<FindingView> column(
      Locale locale, String name, java.util.function.Function<FindingView, ?> value) {
    return new Column<>(Messages.get(locale, "inspection.report." + name), value);
  }
}
