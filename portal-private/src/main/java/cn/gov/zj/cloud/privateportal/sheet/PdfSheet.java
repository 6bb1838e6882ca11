package cn.gov.zj.cloud.privateportal.sheet;

import cn.gov.zj.cloud.privateportal.sheet.SheetWriter.Column;
import cn.gov.zj.cloud.privateportal.time.Times;
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
import java.util.stream.Collectors;

/**
 * Writes a report as a PDF (A4 landscape), for every report of the portal that has one (Art. 15's
 * monthly report, Art. 17's inspection report). Its text is set in STSong-Light, one of the PDF
 * standard CJK fonts (UniGB-UCS2-H encoding): every conforming reader supplies it, so Chinese
 * renders without any font installed on the server or embedded in the file. A table is written from
 * the same {@link Column}s as the XLSX export; times in Beijing time as on the pages.
 */
public final class PdfSheet {

  /** The media type of a PDF file. */
  public static final String MEDIA_TYPE = "application/pdf";

  private static final BaseFont SONG = song();

  /** What a report writes into its document. */
  @FunctionalInterface
  public interface Body {
    void writeTo(Document document) throws DocumentException;
  }

  /** A label and its value, as a report's head lists them ({@code 单位：…}). */
  public record Fact(String label, String value) {
    @Override
    public String toString() {
      return label + "：" + value;
    }
  }

  private PdfSheet() {}

  /** Facts on one line, four spaces apart. */
  public static String line(List<Fact> facts) {
    return facts.stream().map(Fact::toString).collect(Collectors.joining("    "));
  }

  /** Adds a report's head: its title, then its {@code facts} on one line (none: no line). */
  public static void head(Document document, String title, List<Fact> facts, Font font)
      throws DocumentException {
    document.add(new Paragraph(title, font(15, Font.BOLD)));
    if (!facts.isEmpty()) {
      document.add(new Paragraph(line(facts), font));
    }
  }

  private static BaseFont song() {
    try {
      return BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
    } catch (DocumentException | IOException e) {
      throw new IllegalStateException("the PDF standard CJK font is missing", e);
    }
  }

  /** The CJK font in this size and style ({@link Font#BOLD}, {@link Font#NORMAL}). */
  public static Font font(float size, int style) {
    return new Font(SONG, size, style);
  }

  /** The bytes of a document titled {@code title} (its metadata) holding what {@code body} adds. */
  public static byte[] write(String title, Body body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle(title);
      document.open();
      body.writeTo(document);
      document.close();
    } catch (DocumentException e) {
      throw new UncheckedIOException(new IOException(e));
    }
    return out.toByteArray();
  }

  /** A full-width table with relative column {@code widths} and a header row repeated per page. */
  public static PdfPTable table(float[] widths, List<String> headers, Font font) {
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    table.setSpacingBefore(4);
    table.setSpacingAfter(8);
    table.setHeaderRows(1);
    headers.forEach(header -> table.addCell(cell(header, font)));
    return table;
  }

  /** A table of {@code items}, a row each, read through the export's {@code columns}. */
  public static <T> PdfPTable table(
      float[] widths, List<Column<T>> columns, Iterable<T> items, Font font) {
    PdfPTable table = table(widths, columns.stream().map(Column::header).toList(), font);
    for (T item : items) {
      columns.forEach(column -> table.addCell(cell(Times.text(column.value().apply(item)), font)));
    }
    return table;
  }

  /** One cell of a table holding {@code value}. */
  public static PdfPCell cell(String value, Font font) {
    PdfPCell cell = new PdfPCell(new Phrase(value, font));
    cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
    cell.setPadding(3);
    return cell;
  }
}
