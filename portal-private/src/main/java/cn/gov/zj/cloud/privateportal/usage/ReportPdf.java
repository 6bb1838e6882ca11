package cn.gov.zj.cloud.privateportal.usage;

import cn.gov.zj.cloud.privateportal.application.web.PageText;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * Art. 15: a monthly report as a PDF. Its text is set in STSong-Light, one of the PDF standard CJK
 * fonts (UniGB-UCS2-H encoding): every conforming reader supplies it, so Chinese renders without
 * any font installed on the server or embedded in the file.
 */
public final class ReportPdf {

  public static final String MEDIA_TYPE = "application/pdf";

  private static final BaseFont SONG = song();

  private ReportPdf() {}

  private static BaseFont song() {
    try {
      return BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
    } catch (DocumentException | IOException e) {
      throw new IllegalStateException("the PDF standard CJK font is missing", e);
    }
  }

  public static byte[] write(UtilizationReport report, Locale locale) {
    ReportRows rows = ReportRows.of(report, locale);
    PageText text = new PageText(locale);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle(rows.title() + " " + rows.unit() + " " + rows.month());
      document.open();
      Font title = new Font(SONG, 15, Font.BOLD);
      Font heading = new Font(SONG, 11, Font.BOLD);
      Font body = new Font(SONG, 8.5f);
      document.add(new Paragraph(rows.title(), title));
      document.add(
          new Paragraph(
              text.ui("report.unit")
                  + "："
                  + rows.unit()
                  + "    "
                  + text.ui("report.month")
                  + "："
                  + rows.month(),
              body));
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
      document.close();
    } catch (DocumentException e) {
      throw new UncheckedIOException(new IOException(e));
    }
    return out.toByteArray();
  }

  private static PdfPTable table(ReportRows rows, PageText text, Font font) {
    PdfPTable table = new PdfPTable(new float[] {3, 1, 2, 5, 1.5f, 1.5f, 1.5f, 1.5f, 1.5f, 1.5f});
    table.setWidthPercentage(100);
    table.setSpacingBefore(4);
    table.setSpacingAfter(8);
    table.setHeaderRows(1);
    ReportRows.TABLE_KEYS.forEach(key -> table.addCell(cell(text.ui(key), font)));
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
        table.addCell(cell(String.valueOf(value), font));
      }
    }
    return table;
  }

  private static String figure(Double value) {
    return value == null ? "—" : value.toString();
  }

  private static PdfPCell cell(String value, Font font) {
    PdfPCell cell = new PdfPCell(new Phrase(value, font));
    cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
    cell.setPadding(3);
    return cell;
  }
}
