package cn.gov.zj.cloud.privateportal.dashboard.web;

import cn.gov.zj.cloud.privateportal.dashboard.CityFigures;
import cn.gov.zj.cloud.privateportal.dashboard.Dashboards;
import cn.gov.zj.cloud.privateportal.dashboard.ProvinceFigures;
import cn.gov.zj.cloud.privateportal.dashboard.rest.DashboardJson;
import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import cn.gov.zj.cloud.privateportal.web.SheetDownload;
import cn.gov.zj.cloud.privateportal.web.TenantNames;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.StreamedContent;

/**
 * Art. 4: the province dashboard (views/oversight-dashboard.xhtml): every city side by side with
 * its rank, the province total last, and the total's months and steps; XLSX export.
 */
@Named
@RequestScoped
public class OversightDashboardView {

  @Inject private Dashboards dashboards;
  @Inject private TenantNames names;

  private String year;
  private YearChoice<ProvinceFigures> choice;

  public ProvinceFigures getFigures() {
    return choice().figures();
  }

  private YearChoice<ProvinceFigures> choice() {
    if (choice == null) {
      choice = new YearChoice<>(year, dashboards::province);
    }
    return choice;
  }

  /** Art. 4: the cities in rank order, then the province total. */
  public List<CityRow> getCities() {
    ProvinceFigures province = getFigures();
    List<CityRow> rows = new ArrayList<>();
    province
        .ranking()
        .forEach(
            ranked -> {
              CityFigures city =
                  province.cities().stream()
                      .filter(c -> c.tenant().equals(ranked.entry().tenant()))
                      .findFirst()
                      .orElseThrow();
              rows.add(CityRow.of(Integer.toString(ranked.rank()), names.of(city.tenant()), city));
            });
    rows.add(CityRow.of("", FacesFeedback.text("dashboard.total"), province.total()));
    return rows;
  }

  public List<MonthRow> getMonths() {
    return MonthRow.of(getFigures().total());
  }

  public List<StepRow> getSteps() {
    return StepRow.of(getFigures().total());
  }

  /** The figures as the REST API gives them, for the charts (data-dashboard). */
  public String getJson() {
    return DashboardJson.province(getFigures()).toString();
  }

  public StreamedContent getExport() {
    return SheetDownload.of(
        "dashboard-province-" + getFigures().year().value() + ".xlsx",
        DashboardSheets.province(
            getCities(), getFigures().total(), FacesFeedback::text, FacesFeedback::domain));
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
