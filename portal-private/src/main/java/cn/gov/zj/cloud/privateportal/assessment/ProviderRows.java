package cn.gov.zj.cloud.privateportal.assessment;

import cn.gov.zj.cloud.domain.feedback.Grade;
import cn.gov.zj.cloud.privateportal.application.web.PageText;
import java.util.ArrayList;
import java.util.List;

/** Art. 23: the provider's figures as the page and the PDF show them, a row per tenant. */
public final class ProviderRows {

  private ProviderRows() {}

  /** The tenants' figures and, when more than one, their total last. */
  public static List<ProviderFigures> withTotal(ProviderAssessment assessment) {
    List<ProviderFigures> rows = new ArrayList<>(assessment.tenants());
    if (rows.size() != 1) {
      rows.add(assessment.total());
    }
    return rows;
  }

  public static List<String> headers(PageText text) {
    List<String> headers = new ArrayList<>();
    for (String key :
        List.of("assess.tenant", "assess.steps", "assess.responses", "assess.resolutions")) {
      headers.add(text.ui(key));
    }
    for (Grade grade : Grade.values()) {
      headers.add(text.domain(grade.nameKey()));
    }
    for (String key :
        List.of(
            "assess.satisfaction",
            "assess.availability",
            "assess.performanceIncidents",
            "assess.securityIncidents")) {
      headers.add(text.ui(key));
    }
    return headers;
  }

  public static List<String> cells(ProviderFigures f, PageText text) {
    List<String> cells = new ArrayList<>();
    cells.add(ProviderAssessment.TOTAL.equals(f.tenant()) ? text.ui("assess.total") : f.tenant());
    cells.add(AssessmentPdf.rate(f.steps()));
    cells.add(AssessmentPdf.rate(f.responses()));
    cells.add(AssessmentPdf.rate(f.resolutions()));
    for (Grade grade : Grade.values()) {
      cells.add(AssessmentPdf.grade(f, grade));
    }
    cells.add(UnitRows.share(f.satisfaction().rate()));
    cells.add(UnitRows.share(f.availability().value()));
    cells.add(String.valueOf(f.performanceIncidents()));
    cells.add(String.valueOf(f.securityIncidents()));
    return cells;
  }
}
