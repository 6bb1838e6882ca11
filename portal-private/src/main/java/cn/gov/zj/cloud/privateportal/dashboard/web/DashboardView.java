package cn.gov.zj.cloud.privateportal.dashboard.web;

import cn.gov.zj.cloud.domain.application.ApplicationState;
import cn.gov.zj.cloud.domain.dashboard.DashboardYear;
import cn.gov.zj.cloud.privateportal.dashboard.CityFigures;
import cn.gov.zj.cloud.privateportal.dashboard.Dashboards;
import cn.gov.zj.cloud.privateportal.dashboard.rest.DashboardJson;
import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import cn.gov.zj.cloud.privateportal.web.SheetDownload;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.primefaces.model.StreamedContent;

/**
 * Art. 4: the city dashboard (views/dashboard.xhtml) of the tenant's reviewers and administrator:
 * the year from {@code ?year=}, tables beside charts, each figure linking to its list, XLSX export.
 * A year that is not one shows a message and the current year.
 */
@Named
@RequestScoped
public class DashboardView {

  @Inject private Dashboards dashboards;
  @Inject private Clock clock;

  private String year;
  private YearChoice<CityFigures> choice;

  public CityFigures getFigures() {
    return choice().figures();
  }

  private YearChoice<CityFigures> choice() {
    if (choice == null) {
      choice = new YearChoice<>(year, dashboards::city);
    }
    return choice;
  }

  /** Art. 4: the years offered: the current one and the four before it. */
  public List<Integer> getYears() {
    int now = DashboardYear.parse(null, clock.instant(), null).orElseThrow().value();
    return IntStream.rangeClosed(0, 4).mapToObj(back -> now - back).toList();
  }

  public List<MonthRow> getMonths() {
    return MonthRow.of(getFigures());
  }

  public List<StepRow> getSteps() {
    return StepRow.of(getFigures());
  }

  public List<ApplicationState> getStates() {
    return Arrays.asList(ApplicationState.values());
  }

  public List<SummaryRow> getSummary() {
    return SummaryRow.of(getFigures());
  }

  /** The figures as the REST API gives them, for the charts (data-dashboard). */
  public String getJson() {
    return DashboardJson.city(getFigures()).toString();
  }

  public StreamedContent getExport() {
    return SheetDownload.of(
        "dashboard-" + getFigures().tenant() + "-" + getFigures().year().value() + ".xlsx",
        DashboardSheets.city(getFigures(), FacesFeedback::text, FacesFeedback::domain));
  }

  public boolean isInvalidYear() {
    return choice().invalid();
  }

  public String getYear() {
    return year;
  }

  public void setYear(String year) {
    this.year = year;
  }
}
