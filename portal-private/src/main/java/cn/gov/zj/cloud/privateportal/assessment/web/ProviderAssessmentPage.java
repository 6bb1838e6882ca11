package cn.gov.zj.cloud.privateportal.assessment.web;

import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.privateportal.application.web.PageText;
import cn.gov.zj.cloud.privateportal.assessment.AssessmentPdf;
import cn.gov.zj.cloud.privateportal.assessment.ProviderAssessment;
import cn.gov.zj.cloud.privateportal.assessment.ProviderAssessments;
import cn.gov.zj.cloud.privateportal.assessment.ProviderFigures;
import cn.gov.zj.cloud.privateportal.assessment.ProviderRows;
import cn.gov.zj.cloud.privateportal.sheet.PdfSheet;
import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import cn.gov.zj.cloud.privateportal.web.LocaleSelection;
import cn.gov.zj.cloud.privateportal.web.SheetDownload;
import cn.gov.zj.cloud.privateportal.web.TenantNames;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.primefaces.model.StreamedContent;

/**
 * Art. 23: the page 供应商考核: a period (month, quarter or year) picked, the provider's figures for the
 * tenant (every city and the total for the province) with their published definitions, and the PDF
 * report.
 */
@Named
@ViewScoped
public class ProviderAssessmentPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ProviderAssessments assessments;
  @Inject private LocaleSelection locale;
  @Inject private TenantNames tenantNames;
  @Inject private Clock clock;

  private String period;
  private ProviderAssessment assessment;

  /** The view action: the period asked for (the current month by default) and its figures. */
  public void load() {
    if (period == null || period.isBlank()) {
      period = YearMonth.from(OfficialCalendar.dateOf(clock.instant())).toString();
    }
    show();
  }

  /** Art. 23: the figures of the period entered. */
  public void show() {
    assessment = null;
    FacesFeedback.attempt(
        "provider-form", () -> assessment = assessments.of(assessments.period(period)));
  }

  public List<String> getHeaders() {
    return ProviderRows.headers(text());
  }

  public List<Integer> getColumns() {
    return IntStream.range(0, getHeaders().size()).boxed().toList();
  }

  /** The rows shown: a tenant each (named), the total last when more than one. */
  public List<List<String>> getRows() {
    if (assessment == null) {
      return List.of();
    }
    List<List<String>> rows = new ArrayList<>();
    for (ProviderFigures figures : ProviderRows.withTotal(assessment)) {
      List<String> cells = new ArrayList<>(ProviderRows.cells(figures, text()));
      if (!ProviderAssessment.TOTAL.equals(figures.tenant())) {
        cells.set(0, tenantNames.of(figures.tenant()));
      }
      rows.add(cells);
    }
    return rows;
  }

  /** Art. 23: the report of the period as PDF. */
  public StreamedContent getPdf() {
    ProviderAssessment shown = assessments.of(assessments.period(period));
    return SheetDownload.of(
        "provider-" + shown.period().text() + ".pdf",
        PdfSheet.MEDIA_TYPE,
        AssessmentPdf.provider(shown, locale.getLocale()));
  }

  private PageText text() {
    return new PageText(locale.getLocale());
  }

  public boolean isShown() {
    return assessment != null;
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }
}
