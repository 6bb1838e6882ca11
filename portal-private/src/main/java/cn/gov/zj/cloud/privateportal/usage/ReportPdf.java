package cn.gov.zj.cloud.privateportal.usage;

import cn.gov.zj.cloud.privateportal.application.web.PageText;
import cn.gov.zj.cloud.privateportal.sheet.PdfSheet;
import cn.gov.zj.cloud.privateportal.sheet.PdfSheet.Fact;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import java.util.Locale;

/**
 * Art. 15: a monthly report as a PDF, written by {@link PdfSheet} (the PDF standard CJK font, so
 * Chinese renders without any font on the server or in the file).
 */
public final class ReportPdf {

  public static final String MEDIA_TYPE = PdfSheet.MEDIA_TYPE;

  private ReportPdf() {}

  public static byte[] write(UtilizationReport report, Locale locale) {
    ReportRows rows = ReportRows.of(report, locale);
    PageText text = new PageText(locale);
    return PdfSheet.write(
        rows.title() + " " + rows.unit() + " " + rows.month(),
        document -> body(document, rows, text));
  }

  private static void body(Document document, ReportRows rows, PageText text)
      throws DocumentException {
    Font heading = PdfSheet.font(11, Font.BOLD);
    Font body = PdfSheet.font(8.5f, Font.NORMAL);
    PdfSheet.head(
        document,
        rows.title(),
        List.of(
            new Fact(text.ui("report.unit"), rows.unit()),
            new Fact(text.ui("report.month"), rows.month())),
        body);
    if (rows.dataMissing()) {
      document.add(new Paragraph(text.ui("report.dataMissing"), heading));
    }
    document.add(new Paragraph(text.ui("report.table"), heading));
    document.add(table(rows, text, body));
    document.add(new Paragraph(text.ui("report.ops"), heading));
    for (ReportRows.FigureRow figure : rows.operations()) {
      document.add(new Paragraph(figure.label() + "：" + figure.value(), body));
    }
    document.add(new Paragraph(text.ui("report.advice"), heading));
    if (rows.advice().isEmpty()) {
      document.add(new Paragraph(text.ui("report.advice.none"), body));
    }
    for (ReportRows.AdviceRow advice : rows.advice()) {
      document.add(
          new Paragraph("［" + advice.kind() + "］" + advice.system() + "：" + advice.text(), body));
    }
  }

  private static PdfPTable table(ReportRows rows, PageText text, Font font) {
    PdfPTable table =
        PdfSheet.table(
            new float[] {3, 1, 2, 5, 1.5f, 1.5f, 1.5f, 1.5f, 1.5f, 1.5f},
            ReportRows.TABLE_KEYS.stream().map(text::ui).toList(),
            font);
    for (ReportRows.TableRow row : rows.table()) {
      for (Object value :
          List.of(
              row.system(),
              row.line(),
              row.type(),
              row.allocation(),
              row.days(),
              figure(row.cpuAvgPct()),
              figure(row.cpuP95Pct()),
              figure(row.memAvgPct()),
              figure(row.diskUsedGiB()),
              figure(row.bandwidthP95Mbps()))) {
        table.addCell(PdfSheet.cell(String.valueOf(value), font));
      }
    }
    return table;
  }

  private static String figure(Double value) {
    return value == null ? "—" : value.toString();
  }
}
