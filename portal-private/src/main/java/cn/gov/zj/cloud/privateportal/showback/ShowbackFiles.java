package cn.gov.zj.cloud.privateportal.showback;

import cn.gov.zj.cloud.privateportal.application.web.PageText;
import cn.gov.zj.cloud.privateportal.sheet.PdfSheet;
import cn.gov.zj.cloud.privateportal.sheet.PdfSheet.Fact;
import cn.gov.zj.cloud.privateportal.sheet.SheetWriter;
import cn.gov.zj.cloud.privateportal.sheet.SheetWriter.Tab;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import java.util.List;
import java.util.Locale;

/**
 * Art. 21: a unit's showback as a PDF ({@link PdfSheet}: Chinese renders without a font on the
 * server) and as an XLSX workbook ({@link SheetWriter}: the lines, the months), from the same rows
 * and columns.
 */
public final class ShowbackFiles {

  private ShowbackFiles() {}

  /** The file name without its suffix: {@code showback-<unit>-<period>}. */
  public static String name(UnitShowback showback) {
    return "showback-" + showback.unitId() + "-" + showback.period();
  }

  public static byte[] pdf(UnitShowback showback, Locale locale) {
    ShowbackRows rows = ShowbackRows.of(showback, locale);
    PageText text = new PageText(locale);
    return PdfSheet.write(
        rows.title() + " " + rows.unit() + " " + rows.period(),
        document -> body(document, rows, text));
  }

  private static void body(Document document, ShowbackRows rows, PageText text)
      throws DocumentException {
    Font body = PdfSheet.font(8.5f, Font.NORMAL);
    Font heading = PdfSheet.font(11, Font.BOLD);
    PdfSheet.head(
        document,
        rows.title(),
        List.of(
            new Fact(text.ui("report.unit"), rows.unit()),
            new Fact(text.ui("showback.period"), rows.period()),
            new Fact(text.ui("showback.asOf"), rows.asOf())),
        body);
    document.add(
        new Paragraph(
            PdfSheet.line(
                List.of(
                    new Fact(text.ui("showback.yearTotal"), rows.yearTotal()),
                    new Fact(text.ui("showback.projected"), rows.projected()))),
            heading));
    document.add(new Paragraph(text.ui("showback.months"), heading));
    document.add(
        PdfSheet.table(new float[] {1, 1}, ShowbackRows.monthColumns(text), rows.months(), body));
    document.add(new Paragraph(text.ui("showback.lines"), heading));
    document.add(
        PdfSheet.table(
            new float[] {1.2f, 3, 0.8f, 1.5f, 4, 1.5f, 1.5f, 0.8f, 1.5f, 2},
            ShowbackRows.lineColumns(text),
            rows.lines(),
            body));
  }

  public static byte[] xlsx(UnitShowback showback, Locale locale) {
    ShowbackRows rows = ShowbackRows.of(showback, locale);
    PageText text = new PageText(locale);
    return SheetWriter.write(
        List.of(
            new Tab<>(text.ui("showback.lines"), ShowbackRows.lineColumns(text), rows.lines()),
            new Tab<>(text.ui("showback.months"), ShowbackRows.monthColumns(text), rows.months())));
  }
}
