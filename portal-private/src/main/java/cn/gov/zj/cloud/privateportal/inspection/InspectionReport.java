package cn.gov.zj.cloud.privateportal.inspection;

import cn.gov.zj.cloud.domain.calendar.BeijingTime;
import cn.gov.zj.cloud.domain.i18n.Messages;
import cn.gov.zj.cloud.privateportal.sheet.PdfSheet;
import cn.gov.zj.cloud.privateportal.sheet.SheetWriter;
import cn.gov.zj.cloud.privateportal.sheet.SheetWriter.Column;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Art. 17: an inspection's report as XLSX or PDF: each finding with its unit and system, severity,
 * state, rectification due date and who recorded it when, in the reader's language (Chinese by
 * default); the PDF opens with the inspection's title, kind, period and open findings.
 */
@ApplicationScoped
public class InspectionReport {

  private static final float[] PDF_WIDTHS = {1, 2.5f, 2.5f, 1.2f, 5, 2.5f, 1.3f, 1.6f, 1.6f, 2};

  @Inject private Inspections inspections;
  @Inject private Findings findings;

  /** The report of inspection {@code id} as the actor sees it (a unit: its own findings). */
  public byte[] xlsx(long id, Locale locale) {
    inspections.get(id); // 404 when the actor does not see it
    // the title may hold what a sheet name may not ([ ] : * ? / \, more than 31 characters)
    return SheetWriter.write(
        Messages.get(locale, "inspection.report.sheet"), columns(locale), rows(id));
  }

  /** The same report as a PDF, its Chinese in the PDF standard CJK font. */
  public byte[] pdf(long id, Locale locale) {
    InspectionView inspection = inspections.get(id); // 404 when the actor does not see it
    List<FindingView> rows = rows(id);
    return PdfSheet.write(
        inspection.title(),
        document -> {
          Font body = PdfSheet.font(8.5f, Font.NORMAL);
          document.add(new Paragraph(inspection.title(), PdfSheet.font(15, Font.BOLD)));
          document.add(new Paragraph(summary(inspection, locale), body));
          document.add(
              new Paragraph(
                  Messages.get(locale, "inspection.report.sheet"), PdfSheet.font(11, Font.BOLD)));
          document.add(PdfSheet.table(PDF_WIDTHS, columns(locale), rows, body));
        });
  }

  private List<FindingView> rows(long id) {
    return SheetWriter.all(
        request -> findings.list(new Findings.Filter(id, null, false), request), "due", null);
  }

  private static String summary(InspectionView inspection, Locale locale) {
    return Messages.get(
        locale,
        "inspection.report.summary",
        Messages.get(locale, inspection.kind().nameKey()),
        BeijingTime.date(inspection.startsOn()),
        BeijingTime.date(inspection.endsOn()),
        inspection.openFindings(),
        inspection.findings());
  }

  private static List<Column<FindingView>> columns(Locale locale) {
    return List.of(
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
  }

  private static Column<FindingView> column(
      Locale locale, String name, Function<FindingView, ?> value) {
    return new Column<>(Messages.get(locale, "inspection.report." + name), value);
  }
}
