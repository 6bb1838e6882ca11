package cn.gov.zj.cloud.privateportal.dashboard.web;

import cn.gov.zj.cloud.domain.application.ApplicationState;
import cn.gov.zj.cloud.privateportal.dashboard.CityFigures;
import cn.gov.zj.cloud.privateportal.sheet.SheetWriter;
import cn.gov.zj.cloud.privateportal.sheet.SheetWriter.Column;
import cn.gov.zj.cloud.privateportal.sheet.SheetWriter.Tab;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Art. 4: a dashboard's tables as one XLSX workbook, headed in the page's language ({@code text}
 * reads the UI bundle, {@code domain} the shared one): the province's cities first when given, then
 * the months, the statutory steps, the applications by state and the other figures.
 */
public final class DashboardSheets {

  private DashboardSheets() {}

  /** Art. 4: a city's dashboard. */
  public static byte[] city(
      CityFigures figures, Function<String, String> text, Function<String, String> domain) {
    return SheetWriter.write(tabs(figures, text, domain));
  }

  /** Art. 4: the province's: its cities side by side (with the total last), then its total. */
  public static byte[] province(
      List<CityRow> cities,
      CityFigures total,
      Function<String, String> text,
      Function<String, String> domain) {
    List<Tab<?>> tabs = new ArrayList<>();
    tabs.add(new Tab<>(text.apply("dashboard.sheet.cities"), cityColumns(text), cities));
    tabs.addAll(tabs(total, text, domain));
    return SheetWriter.write(tabs);
  }

  private static List<Tab<?>> tabs(
      CityFigures figures, Function<String, String> text, Function<String, String> domain) {
    return List.of(
        new Tab<>(text.apply("dashboard.sheet.months"), monthColumns(text), MonthRow.of(figures)),
        new Tab<>(
            text.apply("dashboard.sheet.steps"), stepColumns(text, domain), StepRow.of(figures)),
        new Tab<>(
            text.apply("dashboard.sheet.states"),
            List.<Column<ApplicationState>>of(
                new Column<>(text.apply("application.state"), s -> domain.apply(s.nameKey())),
                new Column<>(text.apply("dashboard.count"), s -> figures.applications().opened(s))),
            Arrays.asList(ApplicationState.values())),
        new Tab<>(
            text.apply("dashboard.sheet.summary"),
            List.<Column<SummaryRow>>of(
                new Column<>(text.apply("dashboard.figure"), r -> text.apply(r.labelKey())),
                new Column<>(text.apply("dashboard.value"), SummaryRow::value)),
            SummaryRow.of(figures)));
  }

  private static List<Column<MonthRow>> monthColumns(Function<String, String> text) {
    return List.of(
        new Column<>(text.apply("dashboard.month"), MonthRow::month),
        new Column<>(text.apply("dashboard.opened"), MonthRow::opened),
        new Column<>(text.apply("dashboard.steps.closed"), MonthRow::stepsClosed),
        new Column<>(text.apply("dashboard.steps.met"), MonthRow::stepsMet),
        new Column<>(text.apply("dashboard.steps.onTimeRate"), MonthRow::onTimeRate),
        new Column<>(text.apply("dashboard.faults.reported"), MonthRow::faultsReported),
        new Column<>(text.apply("dashboard.faults.resolvedInTime"), MonthRow::faultsResolvedInTime),
        new Column<>(text.apply("dashboard.units.rated"), MonthRow::unitRatings),
        new Column<>(text.apply("dashboard.units.rate"), MonthRow::unitSatisfaction),
        new Column<>(text.apply("dashboard.citizens.rated"), MonthRow::citizenRatings),
        new Column<>(text.apply("dashboard.citizens.rate"), MonthRow::citizenSatisfaction),
        new Column<>(text.apply("dashboard.resources.cpu"), MonthRow::cpuAvgPct),
        new Column<>(text.apply("dashboard.resources.memory"), MonthRow::memAvgPct));
  }

  private static List<Column<StepRow>> stepColumns(
      Function<String, String> text, Function<String, String> domain) {
    return List.of(
        new Column<>(text.apply("application.step"), r -> domain.apply(r.getNameKey())),
        new Column<>(text.apply("dashboard.steps.article"), StepRow::article),
        new Column<>(text.apply("dashboard.steps.limit"), StepRow::limitDays),
        new Column<>(text.apply("dashboard.steps.waiting"), StepRow::waiting),
        new Column<>(text.apply("dashboard.steps.overdue"), StepRow::overdue),
        new Column<>(text.apply("dashboard.steps.closed"), StepRow::closed),
        new Column<>(text.apply("dashboard.steps.met"), StepRow::met),
        new Column<>(text.apply("dashboard.steps.onTimeRate"), StepRow::onTimeRate),
        new Column<>(text.apply("dashboard.steps.median"), StepRow::medianDays));
  }

  private static List<Column<CityRow>> cityColumns(Function<String, String> text) {
    return List.of(
        new Column<>(text.apply("dashboard.rank"), CityRow::rank),
        new Column<>(text.apply("dashboard.city"), CityRow::name),
        new Column<>(text.apply("dashboard.opened"), CityRow::opened),
        new Column<>(text.apply("dashboard.steps.waiting"), CityRow::waiting),
        new Column<>(text.apply("dashboard.steps.overdue"), CityRow::overdue),
        new Column<>(text.apply("dashboard.steps.onTimeRate"), CityRow::onTimeRate),
        new Column<>(text.apply("dashboard.adoption.ratio"), CityRow::adoptionRatio),
        new Column<>(text.apply("dashboard.resources.allocated"), CityRow::allocated),
        new Column<>(text.apply("dashboard.faults.reported"), CityRow::faultsReported),
        new Column<>(text.apply("dashboard.faults.resolutionRate"), CityRow::faultResolutionRate),
        new Column<>(text.apply("dashboard.findings.open"), CityRow::openFindings),
        new Column<>(text.apply("dashboard.units.rate"), CityRow::unitSatisfaction),
        new Column<>(text.apply("dashboard.citizens.rate"), CityRow::citizenSatisfaction),
        new Column<>(text.apply("dashboard.rectifications.open"), CityRow::openRectifications));
  }
}
