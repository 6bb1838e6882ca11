package cn.gov.zj.cloud.privateportal.dashboard.rest;

import cn.gov.zj.cloud.domain.application.ApplicationState;
import cn.gov.zj.cloud.domain.application.Step;
import cn.gov.zj.cloud.domain.dashboard.CityRanking;
import cn.gov.zj.cloud.domain.dashboard.Monthly;
import cn.gov.zj.cloud.domain.dashboard.MonthlyShare;
import cn.gov.zj.cloud.domain.dashboard.Share;
import cn.gov.zj.cloud.domain.dashboard.StepTimeliness;
import cn.gov.zj.cloud.domain.supervision.Adoption;
import cn.gov.zj.cloud.privateportal.dashboard.ApplicationFigures;
import cn.gov.zj.cloud.privateportal.dashboard.CityFigures;
import cn.gov.zj.cloud.privateportal.dashboard.FaultFigures;
import cn.gov.zj.cloud.privateportal.dashboard.OpenItems;
import cn.gov.zj.cloud.privateportal.dashboard.ProvinceFigures;
import cn.gov.zj.cloud.privateportal.dashboard.Utilization;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Art. 4: the dashboards' figures as JSON: per month arrays run January to December; a rate or a
 * mean with nothing to count is {@code null}; the adoption block is {@code {"onCloud",
 * "registered", "exempt", "ratio"}}. The page's charts read the same JSON.
 */
public final class DashboardJson {

  private DashboardJson() {}

  /** Art. 4: one tenant's figures. */
  public static JsonObject city(CityFigures figures) {
    return Json.createObjectBuilder()
        .add("tenant", figures.tenant())
        .add("year", figures.year().value())
        .add("applications", applications(figures.applications()))
        .add("steps", steps(figures))
        .add("onTime", share(figures.steps().byMonth(), "closed", "met"))
        .add("adoption", adoption(figures.adoption()))
        .add("resources", resources(figures))
        .add("faults", faults(figures.faults()))
        .add("findings", open(figures.findings()))
        .add(
            "satisfaction",
            Json.createObjectBuilder()
                .add("units", share(figures.satisfaction().units(), "rated", "satisfied"))
                .add("citizens", share(figures.satisfaction().citizens(), "rated", "satisfied")))
        .add("rectifications", open(figures.rectifications()))
        .build();
  }

  /** Art. 4: every city side by side with its rank, the total, and what the ranking orders by. */
  public static JsonObject province(ProvinceFigures figures) {
    JsonArrayBuilder cities = Json.createArrayBuilder();
    for (CityFigures city : figures.cities()) {
      cities.add(
          Json.createObjectBuilder(city(city)).add("rank", figures.rank(city.tenant())).build());
    }
    JsonArrayBuilder ranking = Json.createArrayBuilder();
    for (CityRanking.Ranked ranked : figures.ranking()) {
      ranking.add(
          Json.createObjectBuilder()
              .add("rank", ranked.rank())
              .add("tenant", ranked.entry().tenant())
              .add("onTimeRate", rate(ranked.entry().onTime().rate()))
              .add("adoptionRatio", rate(ranked.entry().adoption().ratio())));
    }
    return Json.createObjectBuilder()
        .add("year", figures.year().value())
        .add("rankedBy", CityRanking.RANKED_BY)
        .add("thenBy", CityRanking.THEN_BY)
        .add("cities", cities)
        .add("total", city(figures.total()))
        .add("ranking", ranking)
        .build();
  }

  /** Art. 22: the adoption block. */
  public static JsonObject adoption(Adoption adoption) {
    return Json.createObjectBuilder()
        .add("onCloud", adoption.onCloud())
        .add("registered", adoption.registered())
        .add("exempt", adoption.exempt())
        .add("ratio", rate(adoption.ratio()))
        .build();
  }

  private static JsonObjectBuilder applications(ApplicationFigures applications) {
    JsonObjectBuilder byState = Json.createObjectBuilder();
    for (ApplicationState state : ApplicationState.values()) {
      byState.add(state.name(), applications.opened(state));
    }
    return Json.createObjectBuilder()
        .add("opened", applications.opened().total())
        .add("openedByMonth", months(applications.opened()))
        .add("byState", byState);
  }

  private static JsonArrayBuilder steps(CityFigures figures) {
    JsonArrayBuilder steps = Json.createArrayBuilder();
    for (Step step : Step.values()) {
      StepTimeliness closed = figures.steps().step(step);
      ApplicationFigures.StepLoad load = figures.applications().waiting(step);
      steps.add(
          Json.createObjectBuilder()
              .add("step", step.name())
              .add("article", step.article())
              .add("limitDays", closed.limitDays())
              .add("waiting", load.waiting())
              .add("overdue", load.overdue())
              .add("closed", closed.onTime().whole())
              .add("met", closed.onTime().part())
              .add("onTimeRate", rate(closed.onTime().rate()))
              .add("medianDays", rate(closed.medianDays())));
    }
    return steps;
  }

  private static JsonObjectBuilder resources(CityFigures figures) {
    Utilization use = figures.utilization();
    return Json.createObjectBuilder()
        .add("allocated", figures.applications().holdingResources())
        .add("samples", use.samples().total())
        .add("cpuAvgPct", rate(use.cpu(0)))
        .add("memAvgPct", rate(use.memory(0)))
        .add("samplesByMonth", months(use.samples()))
        .add("cpuAvgPctByMonth", perMonth(use::cpu))
        .add("memAvgPctByMonth", perMonth(use::memory));
  }

  private static JsonObjectBuilder faults(FaultFigures faults) {
    return Json.createObjectBuilder()
        .add("reported", faults.reported())
        .add("responseMet", faults.responseMet().year().part())
        .add("resolutionMet", faults.resolutionMet().year().part())
        .add("responseRate", rate(faults.responseMet().year().rate()))
        .add("resolutionRate", rate(faults.resolutionMet().year().rate()))
        .add("reportedByMonth", months(faults.responseMet().whole()))
        .add("responseMetByMonth", months(faults.responseMet().part()))
        .add("resolutionMetByMonth", months(faults.resolutionMet().part()))
        .add("overdue", faults.overdue());
  }

  private static JsonObjectBuilder share(MonthlyShare share, String whole, String part) {
    Share year = share.year();
    return Json.createObjectBuilder()
        .add(whole, year.whole())
        .add(part, year.part())
        .add("rate", rate(year.rate()))
        .add(whole + "ByMonth", months(share.whole()))
        .add(part + "ByMonth", months(share.part()))
        .add("rateByMonth", perMonth(month -> share.month(month).rate()));
  }

  private static JsonObjectBuilder open(OpenItems items) {
    return Json.createObjectBuilder().add("open", items.open()).add("overdue", items.overdue());
  }

  private static JsonArrayBuilder months(Monthly monthly) {
    JsonArrayBuilder months = Json.createArrayBuilder();
    monthly.months().forEach(months::add);
    return months;
  }

  private static JsonArrayBuilder perMonth(IntFunction<Optional<BigDecimal>> value) {
    JsonArrayBuilder months = Json.createArrayBuilder();
    for (int month = 1; month <= 12; month++) {
      months.add(rate(value.apply(month)));
    }
    return months;
  }

  private static JsonValue rate(Optional<BigDecimal> value) {
    return value.<JsonValue>map(Json::createValue).orElse(JsonValue.NULL);
  }
}
