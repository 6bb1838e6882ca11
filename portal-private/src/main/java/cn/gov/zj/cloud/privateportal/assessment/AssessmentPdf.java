package cn.gov.zj.cloud.privateportal.assessment;

import cn.gov.zj.cloud.domain.assessment.Rate;
import cn.gov.zj.cloud.domain.assessment.ScoreWeights;
import cn.gov.zj.cloud.domain.feedback.Grade;
import cn.gov.zj.cloud.privateportal.application.web.PageText;
import cn.gov.zj.cloud.privateportal.sheet.PdfSheet;
import cn.gov.zj.cloud.privateportal.sheet.PdfSheet.Fact;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Art. 22, 23: a unit's annual assessment and the provider's assessment of a period as PDF, written
 * by {@link PdfSheet} (Chinese renders without any font on the server), with the published formula,
 * weights and definitions.
 */
public final class AssessmentPdf {

  private AssessmentPdf() {}

  /** Art. 22: one unit's assessment of {@code year}. */
  public static byte[] unit(UnitAssessment unit, int year, ScoreWeights weights, Locale locale) {
    PageText text = new PageText(locale);
    String title = text.ui("assess.unit.report.title", String.valueOf(year));
    return PdfSheet.write(
        title + " " + unit.unitName(),
        document -> {
          Font body = PdfSheet.font(10, Font.NORMAL);
          PdfSheet.head(
              document, title, List.of(new Fact(text.ui("assess.unit"), unit.unitName())), body);
          PdfPTable table =
              PdfSheet.table(
                  new float[] {3, 5},
                  List.of(text.ui("assess.figure"), text.ui("assess.value")),
                  body);
          row(table, text.ui("assess.adoption"), UnitRows.adoption(unit), body);
          row(table, text.ui("assess.efficiency"), UnitRows.share(unit.efficiency().value()), body);
          row(table, text.ui("assess.security"), UnitRows.share(unit.security().value()), body);
          row(table, text.ui("assess.score"), UnitRows.number(unit.score()), body);
          row(table, text.ui("assess.rank"), unit.rank().map(String::valueOf).orElse("—"), body);
          document.add(table);
          formula(document, text, weights, body);
        });
  }

  /** Art. 23: the provider's assessment, per tenant and in total. */
  public static byte[] provider(ProviderAssessment assessment, Locale locale) {
    PageText text = new PageText(locale);
    String title = text.ui("assess.provider.report.title", assessment.period().text());
    return PdfSheet.write(
        title,
        document -> {
          Font body = PdfSheet.font(8.5f, Font.NORMAL);
          PdfSheet.head(document, title, List.of(), body);
          List<String> headers = ProviderRows.headers(text);
          PdfPTable table = PdfSheet.table(widths(headers.size()), headers, body);
          for (ProviderFigures figures : ProviderRows.withTotal(assessment)) {
            ProviderRows.cells(figures, text)
                .forEach(cell -> table.addCell(PdfSheet.cell(cell, body)));
          }
          document.add(table);
          document.add(new Paragraph(text.ui("assess.provider.definition"), body));
        });
  }

  private static float[] widths(int columns) {
    float[] widths = new float[columns];
    java.util.Arrays.fill(widths, 1);
    widths[0] = 1.5f;
    return widths;
  }

  private static void row(PdfPTable table, String label, String value, Font font) {
    table.addCell(PdfSheet.cell(label, font));
    table.addCell(PdfSheet.cell(value, font));
  }

  private static void formula(Document document, PageText text, ScoreWeights weights, Font body)
      throws DocumentException {
    document.add(
        new Paragraph(
            text.ui("assess.formula", weights.adoption(), weights.efficiency(), weights.security()),
            body));
    document.add(new Paragraph(text.ui("assess.definition"), body));
  }

  /** A rate as met/counted and its share. */
  static String rate(Rate rate) {
    return rate.met() + "/" + rate.counted() + " (" + UnitRows.share(rate.value()) + ")";
  }

  static String grade(ProviderFigures figures, Grade grade) {
    return String.valueOf(figures.satisfaction().byGrade().get(grade));
  }

  static String number(Optional<BigDecimal> value) {
    return UnitRows.number(value);
  }
}
